package org.clusterworks.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two people edit the same record from forms opened at the same time: the first save wins, the second is refused
 * with who changed it (in the user's language) and the form re-shown with what they typed; nothing is overwritten
 * without them seeing it. Organisations (page and API) and initiatives.
 */
@WebTest
@Import(ApiTokensForTests.class)
class ConcurrentEditTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondSaveOfAStaleOrganisationFormIsRefusedNamingWhoChangedIt() throws Exception {
        long id = newOrganisation("Optimistic Horticulture Ltd");
        String path = "/w/demo/organisations/" + id;
        String adminForm = page(get(path + "/edit").with(users.as("admin")));
        String managerForm = page(get(path + "/edit").with(users.as("manager")));
        String version = version(adminForm);
        assertThat(version(managerForm)).isEqualTo(version);

        MockHttpServletResponse first = mvc.perform(
                        organisationSave(path, version, "admin").param("description", "Packs French beans for export"))
                .andReturn()
                .getResponse();
        assertThat(first.getStatus()).isEqualTo(302);

        MockHttpServletResponse second = mvc.perform(organisationSave(path, version, "manager")
                        .param("phone", "+255 27 250 0000")
                        .cookie(new Cookie("clusterworks-lang", "fr")))
                .andReturn()
                .getResponse();
        assertThat(second.getStatus())
                .as("the stale form is shown again, not saved")
                .isEqualTo(200);
        String body = second.getContentAsString();
        assertThat(body).contains("Modifié par " + displayName("admin")).contains("+255 27 250 0000");
        assertThat(jdbc.sql("select description, phone from organisation where id = :id")
                        .param("id", id)
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                        .single())
                .as("the first save is kept whole, the second wrote nothing")
                .isEqualTo("Packs French beans for export|null");

        String current = version(body);
        assertThat(Long.parseLong(current)).isEqualTo(Long.parseLong(version) + 1);
        mvc.perform(organisationSave(path, current, "manager")
                        .param("description", "Packs French beans for export")
                        .param("phone", "+255 27 250 0000"))
                .andReturn();
        assertThat(jdbc.sql("select phone from organisation where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("saved deliberately over the other change from the re-shown form")
                .isEqualTo("+255 27 250 0000");
    }

    @Test
    void ofTwoSimultaneousSavesOfTheSameVersionExactlyOneIsStored() throws Exception {
        long id = newOrganisation("Simultaneous Seeds Ltd");
        String path = "/w/demo/organisations/" + id;
        String version = version(page(get(path + "/edit").with(users.as("admin"))));
        CyclicBarrier together = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> saves = new ArrayList<>();
        for (String who : List.of("admin", "manager")) {
            Callable<Integer> save = () -> {
                together.await();
                return mvc.perform(organisationSave(path, version, who).param("description", "by " + who))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            };
            saves.add(pool.submit(save));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : saves) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(302, 200);
        String winner = statuses.get(0) == 302 ? "admin" : "manager";
        assertThat(jdbc.sql("select description from organisation where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("by " + winner);
    }

    @Test
    void theApiRefusesAStaleIfMatchWith409() throws Exception {
        long id = newOrganisation("Etag Avocado Growers");
        String url = "/api/v1/workspaces/demo/organisations/" + id;
        String etag = mvc.perform(get(url).with(api.bearer("manager")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).matches("\"\\d+\"");
        MockHttpServletResponse first = apiSave(
                url, etag, "{\"name\":\"Etag Avocado Growers\",\"helix\":\"BUSINESS\"," + "\"city\":\"Arusha\"}");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isNotEqualTo(etag);
        MockHttpServletResponse stale = apiSave(
                url, etag, "{\"name\":\"Etag Avocado Growers\",\"helix\":\"BUSINESS\"," + "\"city\":\"Moshi\"}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).contains("application/problem+json");
        assertThat(stale.getContentAsString()).contains("\"changedBy\"").contains("edit-conflict");
        assertThat(jdbc.sql("select city from organisation where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Arusha");
        assertThat(apiSave(url, "\"x\"", "{\"name\":\"Etag Avocado Growers\",\"helix\":\"BUSINESS\"}")
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void aStaleInitiativeFormIsRefusedInEachLanguage() throws Exception {
        String location = mvc.perform(post("/w/demo/initiatives")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "Versioned Sunflower Oil Cluster")
                        .param("territoryName", "Singida region")
                        .param("clusters", "Sunflower oil"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/w/demo/initiatives/\\d+");
        String version = version(page(get(location + "/edit").with(users.as("manager"))));
        assertThat(mvc.perform(initiativeSave(location, version, "admin", "Oil pressing and refining"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        for (var expected :
                List.of(new String[] {"en", "Changed by "}, new String[] {"fr", "Modifié par "}, new String[] {
                    "sw", "Imebadilishwa na "
                })) {
            String body = mvc.perform(initiativeSave(location, version, "manager", "Seed multiplication")
                            .cookie(new Cookie("clusterworks-lang", expected[0])))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).contains(expected[1] + displayName("admin")).contains("Seed multiplication");
        }
        assertThat(jdbc.sql("select description from initiative where id = :id")
                        .param("id", Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                        .query(String.class)
                        .single())
                .isEqualTo("Oil pressing and refining");
    }

    private MockHttpServletRequestBuilder organisationSave(String path, String version, String who) {
        return post(path)
                .with(users.as(who))
                .with(csrf())
                .param("version", version)
                .param(
                        "name",
                        jdbc.sql("select name from organisation where id = :id")
                                .param("id", Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))
                                .query(String.class)
                                .single())
                .param("helix", "BUSINESS")
                .param("countryCode", "TZ");
    }

    private MockHttpServletRequestBuilder initiativeSave(String path, String version, String who, String text) {
        return post(path)
                .with(users.as(who))
                .with(csrf())
                .param("version", version)
                .param("name", "Versioned Sunflower Oil Cluster")
                .param("territoryName", "Singida region")
                .param("clusters", "Sunflower oil")
                .param(
                        "managerUserId",
                        Long.toString(jdbc.sql("select id from app_user where username = 'manager'")
                                .query(Long.class)
                                .single()))
                .param("description", text);
    }

    private MockHttpServletResponse apiSave(String url, String ifMatch, String json) throws Exception {
        return mvc.perform(put(url).with(api.bearer("manager"))
                        .header("If-Match", ifMatch)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private long newOrganisation(String name) throws Exception {
        mvc.perform(post("/w/demo/organisations")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", name)
                .param("helix", "BUSINESS")
                .param("countryCode", "TZ"));
        return jdbc.sql("select id from organisation where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }

    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("a version field in the form").isTrue();
        return m.group(1);
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }
}

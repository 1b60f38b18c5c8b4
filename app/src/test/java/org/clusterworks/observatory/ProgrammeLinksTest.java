package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A workspace links its initiative to an observatory programme; both sides show it, the public side without names. */
@WebTest
class ProgrammeLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservatoryRepository repository;

    private String page(String url, String user) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (user != null) {
            request = request.with(users.as(user));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int linksTo(long programme) {
        return jdbc.sql("select count(*) from observatory_link where programme_id = :p")
                .param("p", programme)
                .query(Integer.class)
                .single();
    }

    private long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    private void link(long initiative, String programme) throws Exception {
        mvc.perform(post("/w/demo/observatory/links")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("initiativeId", Long.toString(initiative))
                        .param("programmeId", programme))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anInitiativeLinkedToAProgrammeShowsOnBothSidesAndCanBeRemoved() throws Exception {
        long programme = repository.programmeByKey("CZ-1").orElseThrow().id();
        int before = linksTo(programme);
        link(arusha(), Long.toString(programme));
        link(arusha(), Long.toString(programme)); // twice is one link
        assertThat(linksTo(programme)).isEqualTo(before + 1);

        assertThat(page("/w/demo/observatory/links", "viewer"))
                .contains("Arusha Horticulture Cluster", "Cooperation Clusters");
        assertThat(page("/observatory/programmes/" + programme, null))
                .contains("refer to this programme: " + (before + 1))
                .doesNotContain("Arusha Horticulture Cluster");

        // another workspace neither sees nor removes it
        long link = jdbc.sql("select max(id) from observatory_link where programme_id = :p")
                .param("p", programme)
                .query(Long.class)
                .single();
        String other = page("/w/other-agency/observatory/links", "other");
        // the form below lists every observatory programme; the links above it are the workspace's own
        assertThat(other.substring(0, other.indexOf("id=\"link-form\""))).doesNotContain("Cooperation Clusters");
        mvc.perform(post("/w/other-agency/observatory/links/" + link + "/delete")
                        .with(users.as("other"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/w/demo/observatory/links/" + link + "/delete")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(linksTo(programme)).isEqualTo(before);
    }

    @Test
    void anUnknownProgrammeIsRefusedWithAMessage() throws Exception {
        var result = mvc.perform(post("/w/demo/observatory/links")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("initiativeId", Long.toString(arusha()))
                        .param("programmeId", "999999999"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getFlashMap().get("error")).isEqualTo("observatory.links.error.programme");
        assertThat(jdbc.sql("select count(*) from observatory_link where programme_id = 999999999")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}

package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Selection exercises and cluster definitions through the API, with problem+json for every kind of bad input. */
@WebTest
@Import(ApiTokensForTests.class)
class SelectionApiTest {

    static final String API = "/api/v1/workspaces/demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DatasetStore store;

    @Autowired
    JsonMapper json;

    long us() {
        return store.list(1L).stream()
                .filter(d -> d.name().startsWith("US states"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    JsonNode read(String url, String user) throws Exception {
        return json.readTree(mvc.perform(get(url).with(tokens.bearer(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void anExerciseStartedThroughTheApiTakesTheStrongClustersScoresAndDecisions() throws Exception {
        long us = us();
        // the strong traded clusters of California by the strength endpoint
        Set<String> strong = new TreeSet<>();
        read(API + "/datasets/" + us + "/strength?year=2016", "analyst").forEach(r -> {
            if (r.get("region").asString().equals("06") && r.get("strong").asBoolean()) {
                strong.add(r.get("cluster").asString());
            }
        });
        assertThat(strong).hasSizeGreaterThan(1);

        String location = mvc.perform(post(API + "/selections")
                        .with(tokens.bearer("analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":" + us + ",\"region\":\"06\",\"year\":2016,\"name\":\"API test\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.candidates").value(strong.size()))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        JsonNode s = read(location, "viewer");
        assertThat(s.get("selection").get("name").asString()).isEqualTo("API test");
        Set<String> candidates = new TreeSet<>();
        s.get("candidates").forEach(c -> candidates.add(c.get("code").asString()));
        assertThat(candidates).isEqualTo(strong);

        List<Integer> qualitative = new ArrayList<>();
        s.get("criteria").forEach(c -> {
            if (c.get("kind").asString().equals("qualitative")) {
                qualitative.add(c.get("no").asInt());
            }
        });
        assertThat(qualitative).hasSize(3);
        String first = candidates.iterator().next();

        // one bad entry refuses the whole batch, naming it
        mvc.perform(post(location + "/scores")
                        .with(tokens.bearer("member"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[{\"candidate\":\"" + first + "\",\"criterion\":" + qualitative.get(0)
                                + ",\"score\":4},{\"candidate\":\"nope\",\"criterion\":1,\"score\":7}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains(
                                "scores[1].candidate", "scores[1].criterion", "scores[1].score")));
        assertThat(read(location, "viewer")
                        .get("agreement")
                        .get(0)
                        .get("scorers")
                        .asInt())
                .isZero();

        for (String[] scorer : new String[][] {{"member", "4"}, {"analyst", "2"}}) {
            StringBuilder body = new StringBuilder("{\"scores\":[");
            for (String c : candidates) {
                for (int q : qualitative) {
                    body.append("{\"candidate\":\"")
                            .append(c)
                            .append("\",\"criterion\":")
                            .append(q)
                            .append(",\"score\":")
                            .append(scorer[1])
                            .append("},");
                }
            }
            body.setLength(body.length() - 1);
            body.append("]}");
            mvc.perform(post(location + "/scores")
                            .with(tokens.bearer(scorer[0]))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.toString()))
                    .andExpect(status().isNoContent());
        }
        JsonNode scored = read(location, "viewer");
        for (JsonNode a : scored.get("agreement")) {
            assertThat(a.get("scorers").asInt()).isEqualTo(2);
            // scores 4 and 2 on every candidate: sample standard deviation sqrt(2)
            assertThat(a.get("meanSd").asDouble()).isEqualTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(scored.get("missingScores")).isEmpty();

        mvc.perform(post(location + "/decision")
                        .with(tokens.bearer("analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chosen\":[\"" + first + "\"],\"rationale\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/decision")
                        .with(tokens.bearer("officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chosen\":[\"" + first + "\"],\"rationale\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rationale"));
        mvc.perform(post(location + "/decision")
                        .with(tokens.bearer("officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chosen\":[\"" + first + "\"],\"rationale\":\"Largest and strongest\"}"))
                .andExpect(status().isNoContent());
        JsonNode decided = read(location, "viewer").get("selection");
        assertThat(decided.get("rationale").asString()).isEqualTo("Largest and strongest");
        assertThat(decided.get("decidedBy").asString()).isEqualTo("officer");
    }

    @Test
    void badInputToStartAnExerciseNamesEachField() throws Exception {
        mvc.perform(post(API + "/selections")
                        .with(tokens.bearer("analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":987654,\"method\":\"stars\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("datasetId", "region", "year", "method")));
        mvc.perform(post(API + "/selections")
                        .with(tokens.bearer("analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":" + us() + ",\"region\":\"06\",\"year\":1999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(post(API + "/selections")
                        .with(tokens.bearer("analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":" + us() + ",\"region\":\"99\",\"year\":2016}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(post(API + "/selections")
                        .with(tokens.bearer("analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("datasetId"));
    }

    static MockMultipartFile table(String text) {
        return new MockMultipartFile("file", "clusters.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clusterDefinitionsAreListedReadAndUploadedAllOrNothing() throws Exception {
        JsonNode list = read(API + "/cluster-definitions", "viewer");
        assertThat(list.get(0).get("code").asString()).isEqualTo("us-benchmark-clusters");
        JsonNode us = read(API + "/cluster-definitions/us-benchmark-clusters", "viewer");
        assertThat(us.get("clusters")).hasSize(67);
        assertThat(us.get("clusters").get(0).get("name").asString()).isEqualTo("Aerospace Vehicles and Defense");
        assertThat(us.get("clusters").get(0).get("subclusters").toString()).contains("Aircraft");
        assertThat(us.get("industries").get("336411").asString()).isEqualTo("1");

        String url = API + "/cluster-definitions/api-food";
        mvc.perform(multipart(HttpMethod.PUT, url)
                        .file(table("industry_code,cluster_code,cluster_name,cluster_type\n"
                                + "10,food,Food,traded\n"
                                + "99.99,food,Food,traded\n"
                                + "11,food,Food,export\n"
                                + "10,drinks,Drinks,traded\n"))
                        .param("name", "Food (API)")
                        .param("baseScheme", "nace-rev2")
                        .with(tokens.bearer("analyst")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].row").value(org.hamcrest.Matchers.contains(3, 4, 5)))
                .andExpect(jsonPath("$.errors[*].column")
                        .value(org.hamcrest.Matchers.contains("industry_code", "cluster_type", "industry_code")));
        mvc.perform(get(url).with(tokens.bearer("viewer"))).andExpect(status().isNotFound());

        mvc.perform(multipart(HttpMethod.PUT, url)
                        .file(table("industry_code,cluster_code,cluster_name,cluster_type\n"
                                + "10,food,Food,traded\n11,food,Food,traded\n56,hospitality,Hospitality,local\n"))
                        .param("name", "Food (API)")
                        .param("baseScheme", "nace-rev2")
                        .with(tokens.bearer("analyst")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clusters").value(2));
        JsonNode food = read(url, "viewer");
        assertThat(food.get("industries").get("56").asString()).isEqualTo("hospitality");
        assertThat(food.get("clusters").get(1).get("type").asString()).isEqualTo("local");
        mvc.perform(multipart(HttpMethod.PUT, url)
                        .file(table("industry_code,cluster_code\n10,food\n"))
                        .param("name", "Food (API)")
                        .param("baseScheme", "nace-rev2")
                        .with(tokens.bearer("viewer")))
                .andExpect(status().isForbidden());
    }
}

package org.clusterworks.diagnostic.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The network API on the demo initiative, checked against the brute-force definitions on the edges it returns. */
@WebTest
@Import(ApiTokensForTests.class)
class DemoNetworkApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    JsonMapper json;

    long arusha() {
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        return initiatives.all(ws).stream()
                .filter(i -> i.name().startsWith("Arusha"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    JsonNode network(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha() + "/network" + query)
                        .with(api.bearer("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    static BruteForceMeasures brute(JsonNode n) {
        List<Long> ids = new ArrayList<>();
        n.get("nodes").forEach(x -> ids.add(x.get("id").asLong()));
        List<double[]> edges = new ArrayList<>();
        n.get("edges")
                .forEach(e -> edges.add(new double[] {
                    e.get("source").asLong(),
                    e.get("target").asLong(),
                    e.get("weight").asDouble()
                }));
        return new BruteForceMeasures(ids, edges);
    }

    static void matches(JsonNode n, boolean normalized) {
        var bf = brute(n);
        assertThat(n.get("density").asDouble()).isCloseTo(bf.density(), within(1e-9));
        double pairs = (bf.n - 1) * (bf.n - 2) / 2.0;
        for (int v = 0; v < bf.n; v++) {
            JsonNode node = n.get("nodes").get(v);
            assertThat(node.get("id").asLong()).isEqualTo(bf.ids.get(v));
            assertThat(node.get("degree").asInt()).isEqualTo(bf.degree(v));
            assertThat(node.get("weightedDegree").asDouble()).isEqualTo(bf.weightedDegree(v));
            double b = bf.betweenness(v);
            assertThat(node.get("betweenness").asDouble())
                    .as("betweenness of %s", node.get("name").asString())
                    .isCloseTo(normalized ? b / pairs : b, within(1e-9));
            assertThat(node.get("closeness").asDouble())
                    .as("closeness of %s", node.get("name").asString())
                    .isCloseTo(bf.closeness(v), within(1e-9));
        }
    }

    @Test
    void theDemoNetworkMeasuresMatchTheBruteForceDefinitions() throws Exception {
        JsonNode n = network("");
        assertThat(n.get("nodes").size()).isGreaterThanOrEqualTo(20);
        assertThat(n.get("edges").size()).isGreaterThanOrEqualTo(8);
        assertThat(brute(n).interiorNodesOnPaths())
                .as("the demo network has paths longer than one tie")
                .isPositive();
        matches(n, false);
        matches(network("?normalized=true"), true);
    }

    @Test
    void aFilteredSubNetworkIsMeasuredOnItsOwn() throws Exception {
        JsonNode whole = network("");
        JsonNode sub = network("?helix=BUSINESS&helix=FINANCE&minWeight=3");
        assertThat(sub.get("nodes").size()).isLessThan(whole.get("nodes").size());
        sub.get("nodes").forEach(x -> assertThat(x.get("helix").asString()).isIn("BUSINESS", "FINANCE"));
        sub.get("edges").forEach(e -> assertThat(e.get("weight").asDouble()).isGreaterThanOrEqualTo(3));
        matches(sub, false);
    }
}

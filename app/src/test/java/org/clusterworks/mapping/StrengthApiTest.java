package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.clusterworks.analytics.strength.ReferenceTotals;
import org.clusterworks.analytics.strength.StrengthResult;
import org.clusterworks.analytics.strength.StrengthRules;
import org.clusterworks.analytics.strength.UsClusterMappingStrength;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strength API gives the same numbers as the analytics engine run directly on the shipped demo file, the way the
 * command line's {@code strength} command runs it (panel from the long CSV, national totals as reference).
 */
@WebTest
class StrengthApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    static List<CSVRecord> read(String name) throws Exception {
        try (Reader r = new InputStreamReader(
                new ClassPathResource("mapping/demo/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
    }

    @Test
    void theStrengthApiEqualsTheEngineOnTheDemoData() throws Exception {
        List<CSVRecord> rows = read("us_states_clusters_2016.csv");
        PanelBuilder builder = Panel.builder("employment", "establishments");
        Map<String, Boolean> tradedByCluster = new HashMap<>();
        for (CSVRecord r : rows) {
            builder.add(
                    r.get("state_fips"),
                    r.get("cluster_code"),
                    Integer.parseInt(r.get("year")),
                    Double.parseDouble(r.get("employment")),
                    Double.parseDouble(r.get("establishments")));
            tradedByCluster.put(r.get("cluster_code"), r.get("cluster_type").equals("traded"));
        }
        Panel panel = builder.build();
        LabelledMatrix emp = panel.crossSection(2016, "employment");
        LabelledMatrix est = panel.crossSection(2016, "establishments");
        List<String> clusters = panel.industries();
        boolean[] traded = new boolean[clusters.size()];
        for (int c = 0; c < traded.length; c++) {
            traded[c] = tradedByCluster.get(clusters.get(c));
        }
        Map<String, Double> national = new HashMap<>();
        double tradedTotal = 0;
        double localTotal = 0;
        for (CSVRecord r : read("us_national_clusters_2016.csv")) {
            double e = Double.parseDouble(r.get("employment"));
            national.put(r.get("cluster"), e);
            if (r.get("type").equals("traded")) {
                tradedTotal += e;
            } else {
                localTotal += e;
            }
        }
        double[] per = new double[clusters.size()];
        for (int c = 0; c < per.length; c++) {
            per[c] = national.get(clusters.get(c));
        }
        StrengthResult expected = new UsClusterMappingStrength(StrengthRules.usClusterMapping())
                .evaluate(emp, est, traded, new ReferenceTotals(per, tradedTotal, localTotal));

        long id = -1;
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/workspaces/demo/datasets")
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andReturn()
                .getResponse()
                .getContentAsString());
        for (JsonNode d : list) {
            if (d.get("name").asString().startsWith("US states")) {
                id = d.get("id").asLong();
            }
        }
        String body = mvc.perform(get("/api/v1/workspaces/demo/datasets/" + id + "/strength?year=2016")
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode api = json.readTree(body);
        assertThat(api.size()).isEqualTo(rows.size());
        List<String> regions = panel.regions();
        int cols = clusters.size();
        List<String> mismatches = new ArrayList<>();
        int strong = 0;
        for (JsonNode o : api) {
            int r = regions.indexOf(o.get("region").asString());
            int c = clusters.indexOf(o.get("cluster").asString());
            int k = r * cols + c;
            double lq = expected.lq().values()[k];
            if (Math.abs(o.get("lq").asDouble() - lq) > 1e-9 * Math.max(1, lq)
                    || o.get("employment").asDouble() != emp.values()[k]
                    || o.get("establishments").asDouble() != est.values()[k]
                    || o.get("qualifying").asBoolean() != expected.qualifying()[k]
                    || o.get("significant").asBoolean() != expected.significant()[k]
                    || o.get("strong").asBoolean() != expected.strong()[k]
                    || o.get("strong10").asBoolean() != expected.strong10()[k]
                    || !o.get("type").asString().equals(traded[c] ? "traded" : "local")) {
                mismatches.add(o.toString());
            }
            strong += o.get("strong").asBoolean() ? 1 : 0;
        }
        assertThat(mismatches).isEmpty();
        assertThat(strong).isGreaterThan(100);
    }
}

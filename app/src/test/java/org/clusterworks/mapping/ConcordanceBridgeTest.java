package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.mapping.importing.KnownLayouts;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A County Business Patterns file of an earlier NAICS vintage (2012) rolls up through the shipped benchmark
 * definition, whose codes are those of NAICS 2017 where the two differ: a 2012 code the definition does not list joins
 * a subcluster when the Census concordance links it only to definition codes of that one subcluster, and stays unknown
 * when its links fall in two subclusters. Constructed figures, not real ones.
 */
@WebTest
class ConcordanceBridgeTest {

    /** State, NAICS 2012 code, employment. */
    static final String[][] ROWS = {
        {"48", "211111", "60000"}, // 2017: 211120 and 211130, both Oil and Gas Extraction
        {"48", "454111", "7000"}, // 2017: 454110, Electronic and Catalog Shopping
        {"48", "541711", "3000"}, // 2017: 541713 (nanotechnology) and 541714 (biotechnology) R&D: two subclusters
        {"48", "336411", "30000"}, // unchanged, Aircraft
        {"06", "211111", "20000"},
        {"06", "454111", "15000"},
        {"06", "336411", "40000"}
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportService imports;

    @Autowired
    DatasetStore store;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    long workspace() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long importNaics2012() throws Exception {
        StringBuilder csv = new StringBuilder("fipstate,naics,empflag,emp_nf,emp,qp1_nf,qp1,ap_nf,ap,est\n");
        for (String[] row : ROWS) {
            csv.append(row[0])
                    .append(',')
                    .append(row[1])
                    .append(",,G,")
                    .append(row[2])
                    .append(",G,1,G,1,10\n");
        }
        Path file = dir.resolve("cbp15st.txt");
        Files.writeString(file, csv);
        ColumnMapping m = KnownLayouts.detect(
                        List.of(csv.substring(0, csv.indexOf("\n")).split(",")))
                .orElseThrow()
                .mapping();
        ColumnMapping naics2012 = new ColumnMapping(
                "CBP 2015 on NAICS 2012 (bridge test)",
                m.description(),
                m.source(),
                m.licence(),
                m.regionScheme(),
                "naics-2012",
                m.region(),
                m.industry(),
                m.year(),
                m.measures(),
                m.flag(),
                m.referenceRegion(),
                m.keep(),
                m.industryCodes(),
                m.suppression(),
                null);
        return imports.importFile(
                        workspace(), "analyst", file, "cbp15st.txt", naics2012, null, null, ImportService.Progress.NONE)
                .datasetId();
    }

    JsonNode api(String path) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/workspaces/demo/datasets/" + path)
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aCodeOfAnEarlierVintageJoinsTheOneSubclusterItsConcordanceLinksLeadToAndASplitOneStaysUnknown()
            throws Exception {
        long id = importNaics2012();
        try {
            String year =
                    store.find(workspace(), id).orElseThrow().years().getFirst().toString();
            JsonNode body = api(id + "/subclusters?year=" + year);
            Map<String, Double> employment = new HashMap<>();
            for (JsonNode o : body.get("subclusters")) {
                employment.put(
                        o.get("region").asString() + "|" + o.get("name").asString(),
                        o.get("employment").asDouble());
            }
            assertThat(employment)
                    .containsEntry("48|Oil and Gas Extraction", 60_000.0)
                    .containsEntry("06|Oil and Gas Extraction", 20_000.0)
                    .containsEntry("48|Electronic and Catalog Shopping", 7_000.0)
                    .containsEntry("48|Aircraft", 30_000.0);
            assertThat(body.get("unknownIndustryCodes").propertyNames()).containsExactly("541711");
            assertThat(body.get("unknownEmployment").asDouble()).isEqualTo(3_000.0);
        } finally {
            store.delete(workspace(), id);
        }
    }
}

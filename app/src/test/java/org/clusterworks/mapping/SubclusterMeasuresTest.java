package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.mapping.importing.KnownLayouts;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A County Business Patterns state file at 6-digit NAICS is rolled up to the U.S. benchmark clusters and subclusters:
 * its subcluster employment and location quotients equal an independent computation from the file's numbers and the
 * shipped definition table, subclusters add up to their cluster, the employment-weighted mean LQ is 1, and a NAICS code
 * outside the definition is counted and shown rather than dropped silently.
 */
@WebTest
class SubclusterMeasuresTest {

    static final String BEARER = "Bearer " + DemoUsers.ANALYST_TOKEN;

    /** A constructed panel (not real figures): 4 states x 9 NAICS codes; 111110 (soybean farming) is in no cluster. */
    static final String[][] ROWS = {
        {"06", "336411", "40000"},
        {"06", "336412", "8000"},
        {"06", "336414", "12000"},
        {"06", "334511", "15000"},
        {"06", "336111", "3000"},
        {"06", "336390", "9000"},
        {"06", "541511", "60000"},
        {"06", "722511", "300000"},
        {"06", "111110", "500"},
        {"48", "336411", "30000"},
        {"48", "336412", "2000"},
        {"48", "336414", "1000"},
        {"48", "334511", "6000"},
        {"48", "336111", "12000"},
        {"48", "336390", "14000"},
        {"48", "541511", "35000"},
        {"48", "722511", "200000"},
        {"48", "111110", "900"},
        {"53", "336411", "70000"},
        {"53", "336412", "5000"},
        {"53", "334511", "3000"},
        {"53", "336390", "2000"},
        {"53", "541511", "20000"},
        {"53", "722511", "60000"},
        {"40", "336412", "4000"},
        {"40", "336414", "500"},
        {"40", "336111", "100"},
        {"40", "336390", "3000"},
        {"40", "541511", "2000"},
        {"40", "722511", "30000"},
        {"40", "111110", "40"}
    };

    static final String UNKNOWN = "111110";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

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

    /** The shipped definition table read directly: NAICS code -> {subcluster name, traded or local}. */
    static Map<String, String[]> definition() throws Exception {
        Map<String, String[]> out = new HashMap<>();
        try (Reader r = new InputStreamReader(
                new ClassPathResource("reference/clusters/naics2012_to_cluster_acr1_emsi_variant.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                if (rec.get("emsi_specific").equals("0") && !rec.get("cluster").equals("NA")) {
                    out.put(rec.get("naics"), new String[] {rec.get("subcluster"), rec.get("traded_local")});
                }
            }
        }
        return out;
    }

    long workspace() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long importCbp(String name, Map<String, Double> national) throws Exception {
        return importCbp(imports, workspace(), dir, name, national);
    }

    /** Imports the rows as a CBP state file (layout recognised from its header), with optional national totals. */
    static long importCbp(ImportService imports, long workspace, Path dir, String name, Map<String, Double> national)
            throws Exception {
        StringBuilder csv = new StringBuilder("fipstate,naics,empflag,emp_nf,emp,qp1_nf,qp1,ap_nf,ap,est\n");
        for (String state : List.of("06", "48", "53", "40")) {
            csv.append(state).append(",------,,G,999999,G,1,G,1,99\n"); // all-industry total: not a 6-digit code
        }
        for (String[] row : ROWS) {
            csv.append(row[0])
                    .append(',')
                    .append(row[1])
                    .append(",,G,")
                    .append(row[2])
                    .append(",G,1,G,1,")
                    .append(1 + Integer.parseInt(row[2]) / 1000)
                    .append('\n');
        }
        Path file = dir.resolve("cbp16st.txt");
        Files.writeString(file, csv);
        ColumnMapping m = KnownLayouts.detect(
                        List.of(csv.substring(0, csv.indexOf("\n")).split(",")))
                .orElseThrow()
                .mapping();
        Path reference = null;
        if (national != null) {
            StringBuilder ref = new StringBuilder("naics,emp,est\n");
            national.forEach((code, v) -> ref.append(code).append(',').append(v).append(",1\n"));
            reference = dir.resolve("national.csv");
            Files.writeString(reference, ref);
        }
        return imports.importFile(
                        workspace,
                        "analyst",
                        file,
                        "cbp16st.txt",
                        m.withName(name),
                        reference,
                        reference == null ? null : "national.csv",
                        ImportService.Progress.NONE)
                .datasetId();
    }

    JsonNode api(String path) throws Exception {
        return json.readTree(
                mvc.perform(get("/api/v1/workspaces/demo/datasets/" + path).header("Authorization", BEARER))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    /**
     * Expected LQ of every region x subcluster, by the U.S. Cluster Mapping formula LQ = (e_rs / E_r,group) / (E_s /
     * E_group), group = traded or local, with E_s and E_group from the regions or from national totals.
     */
    static Map<String, Double> expectedLq(Map<String, String[]> def, Map<String, Double> national) {
        Map<String, Double> cell = new TreeMap<>();
        Map<String, Double> regionGroup = new HashMap<>();
        Map<String, Double> sub = new HashMap<>();
        Map<String, Double> group = new HashMap<>();
        for (String[] row : ROWS) {
            String[] d = def.get(row[1]);
            if (d == null) {
                continue;
            }
            double e = Double.parseDouble(row[2]);
            cell.merge(row[0] + "|" + d[0], e, Double::sum);
            regionGroup.merge(row[0] + "|" + d[1], e, Double::sum);
            sub.merge(d[0], e, Double::sum);
            group.merge(d[1], e, Double::sum);
        }
        if (national != null) {
            sub.clear();
            group.clear();
            national.forEach((code, v) -> {
                String[] d = def.get(code);
                if (d != null) {
                    sub.merge(d[0], v, Double::sum);
                    group.merge(d[1], v, Double::sum);
                }
            });
        }
        Map<String, Double> lq = new TreeMap<>();
        cell.forEach((k, e) -> {
            String region = k.substring(0, k.indexOf('|'));
            String s = k.substring(k.indexOf('|') + 1);
            String type = typeOf(def, s);
            lq.put(k, (e / regionGroup.get(region + "|" + type)) / (sub.get(s) / group.get(type)));
        });
        return lq;
    }

    private static String typeOf(Map<String, String[]> def, String subcluster) {
        return def.values().stream()
                .filter(d -> d[0].equals(subcluster))
                .findFirst()
                .orElseThrow()[1];
    }

    @Test
    void subclusterLqsOfAnImportedCbpFileEqualAnIndependentComputation() throws Exception {
        Map<String, String[]> def = definition();
        long id = importCbp("CBP subclusters test", null);
        try {
            JsonNode body = api(id + "/subclusters?year=2016");
            Map<String, Double> expected = expectedLq(def, null);
            Map<String, Double> actual = new TreeMap<>();
            Map<String, Double> employment = new HashMap<>();
            for (JsonNode o : body.get("subclusters")) {
                String k = o.get("region").asString() + "|" + o.get("name").asString();
                actual.put(k, o.get("lq").asDouble());
                employment.put(k, o.get("employment").asDouble());
            }
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isCloseTo(v, within(1e-9)));
            // Washington has aircraft: 70,000 + 5,000 from 336411 and 336412
            assertThat(employment.get("53|Aircraft")).isEqualTo(75_000.0);
            assertThat(body.get("definition").asString()).isEqualTo("us-benchmark-clusters");
            assertThat(body.get("referenceTotals").asBoolean()).isFalse();
            assertThat(body.get("unknownIndustryCodes").get(UNKNOWN).asInt()).isEqualTo(3);
            assertThat(body.get("unknownEmployment").asDouble()).isEqualTo(500 + 900 + 40);
        } finally {
            store.delete(workspace(), id);
        }
    }

    @Test
    void subclustersAddUpToTheirClusterAndTheirWeightedMeanLqIsOne() throws Exception {
        long id = importCbp("CBP subclusters properties", null);
        try {
            JsonNode subs = api(id + "/subclusters?year=2016");
            JsonNode clusters = api(id + "/strength?year=2016");
            Map<String, Double> summed = new HashMap<>();
            Map<String, String> typeOfCluster = new HashMap<>();
            for (JsonNode o : subs.get("subclusters")) {
                summed.merge(
                        o.get("region").asString() + "|" + o.get("cluster").asString(),
                        o.get("employment").asDouble(),
                        Double::sum);
            }
            int compared = 0;
            Map<String, Double> regionGroup = new HashMap<>();
            for (JsonNode o : clusters) {
                String k = o.get("region").asString() + "|" + o.get("cluster").asString();
                assertThat(summed.get(k)).as(k).isEqualTo(o.get("employment").asDouble());
                typeOfCluster.put(o.get("cluster").asString(), o.get("type").asString());
                regionGroup.merge(
                        o.get("region").asString() + "|" + o.get("type").asString(),
                        o.get("employment").asDouble(),
                        Double::sum);
                compared++;
            }
            assertThat(compared).isEqualTo(summed.size()).isGreaterThan(10);
            // sum over regions of (E_r,group / E_group) x LQ_rs = sum of e_rs / E_s = 1 for every subcluster
            Map<String, Double> group = new HashMap<>();
            regionGroup.forEach((k, v) -> group.merge(k.substring(k.indexOf('|') + 1), v, Double::sum));
            Map<String, Double> weighted = new HashMap<>();
            for (JsonNode o : subs.get("subclusters")) {
                String type = typeOfCluster.get(o.get("cluster").asString());
                double weight = regionGroup.get(o.get("region").asString() + "|" + type) / group.get(type);
                weighted.merge(
                        o.get("subcluster").asString(), weight * o.get("lq").asDouble(), Double::sum);
            }
            assertThat(weighted).hasSizeGreaterThan(5);
            weighted.forEach((s, mean) -> assertThat(mean).as(s).isCloseTo(1.0, within(1e-9)));
        } finally {
            store.delete(workspace(), id);
        }
    }

    @Test
    void withNationalTotalsTheSubclusterLqUsesThemAsDenominators() throws Exception {
        Map<String, String[]> def = definition();
        Map<String, Double> national = new LinkedHashMap<>();
        for (String[] row : ROWS) {
            national.merge(row[1], 2.5 * Double.parseDouble(row[2]), Double::sum);
        }
        national.replaceAll((code, v) -> v + 1_000);
        long id = importCbp("CBP subclusters national", national);
        try {
            JsonNode body = api(id + "/subclusters?year=2016&region=48");
            assertThat(body.get("referenceTotals").asBoolean()).isTrue();
            Map<String, Double> expected = expectedLq(def, national);
            int checked = 0;
            for (JsonNode o : body.get("subclusters")) {
                assertThat(o.get("region").asString()).isEqualTo("48");
                String k = "48|" + o.get("name").asString();
                assertThat(o.get("lq").asDouble()).as(k).isCloseTo(expected.get(k), within(1e-9));
                checked++;
            }
            assertThat(checked)
                    .isEqualTo(expected.keySet().stream()
                            .filter(k -> k.startsWith("48|"))
                            .count());
        } finally {
            store.delete(workspace(), id);
        }
    }

    @Test
    void theClusterProfileShowsItsSubclustersInARegionAndTheUnknownCodes() throws Exception {
        long id = importCbp("CBP subclusters page", null);
        try {
            String aerospace = null;
            for (JsonNode o : api(id + "/subclusters?year=2016").get("subclusters")) {
                if (o.get("name").asString().equals("Aircraft")) {
                    aerospace = o.get("cluster").asString();
                }
            }
            assertThat(aerospace).isNotNull();
            String base = "/w/demo/mapping/datasets/" + id;
            String html = mvc.perform(
                            get(base + "/clusters/" + aerospace + "?region=53").with(demo.as("viewer")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .contains("Subclusters measured")
                    .contains("Subclusters in Washington")
                    .contains("Aircraft")
                    .contains("Search and Navigation Equipment")
                    .contains("Most specialised regions in each subcluster")
                    .contains("data-kind=\"bar\"")
                    .contains("not in that definition")
                    .contains(UNKNOWN + " (3)")
                    // Washington: 75,000 aircraft jobs of 78,000 in the cluster there
                    .contains("75,000")
                    .contains(String.format(java.util.Locale.ROOT, "%.2f", 75_000.0 / 78_000 * 100));
            String datasetPage = mvc.perform(get(base).with(demo.as("viewer")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(datasetPage).contains(UNKNOWN + " (3)").contains("Aerospace Vehicles and Defense");

            String csv = mvc.perform(get(base + "/export?view=subclusters&code=" + aerospace + "&format=csv")
                            .with(demo.as("viewer")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv)
                    .contains("Every region and subcluster")
                    .contains("Missiles and Space Vehicles")
                    .contains("Share of the cluster in the region (%)");
            byte[] xlsx = mvc.perform(get(base + "/export?view=subclusters&code=" + aerospace + "&format=xlsx")
                            .with(demo.as("viewer")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(2);
                // a note, a header, then one row per region x subcluster of the cluster with employment
                Map<String, String[]> def = definition();
                long aero = java.util.Arrays.stream(ROWS)
                        .filter(r -> def.containsKey(r[1])
                                && List.of("Aircraft", "Missiles and Space Vehicles", "Search and Navigation Equipment")
                                        .contains(def.get(r[1])[0]))
                        .map(r -> r[0] + "|" + def.get(r[1])[0])
                        .distinct()
                        .count();
                assertThat(wb.getSheetAt(1).getLastRowNum() - 1).isEqualTo((int) aero);
            }
        } finally {
            store.delete(workspace(), id);
        }
    }

    @Test
    void aClusterLevelDatasetHasNoSubclusterFigures() throws Exception {
        long us = -1;
        for (JsonNode d : json.readTree(
                mvc.perform(get("/api/v1/workspaces/demo/datasets").header("Authorization", BEARER))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())) {
            if (d.get("industryScheme").asString().equals("us-benchmark-clusters")) {
                us = d.get("id").asLong();
            }
        }
        mvc.perform(get("/api/v1/workspaces/demo/datasets/" + us + "/subclusters")
                        .header("Authorization", BEARER))
                .andExpect(status().isNotFound());
        String html = mvc.perform(
                        get("/w/demo/mapping/datasets/" + us + "/clusters/2").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("listed rather than measured").doesNotContain("Subclusters measured");
    }
}

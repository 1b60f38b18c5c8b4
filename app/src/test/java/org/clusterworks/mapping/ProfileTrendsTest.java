package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region profile's trends and the cluster profile's subclusters, checked against the shipped source files read
 * independently: employment per year straight from the demo CSV, LQ recomputed from it with the German totals as
 * reference, subclusters from the transcription of the U.S. cluster definitions.
 */
@WebTest
class ProfileTrendsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    DatasetStore store;

    @Autowired
    ClusterDefinitions definitions;

    final JsonMapper json = JsonMapper.builder().build();

    long dataset(String prefix) {
        return store.list(1L).stream()
                .filter(d -> d.name().startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .id();
    }

    Map<String, Object> model(String url) throws Exception {
        return mvc.perform(get(url).with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel();
    }

    static List<CSVRecord> csv(String resource) throws Exception {
        try (Reader r =
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
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
    void theRegionProfileShowsEmploymentAndLqOfItsClustersForEveryYear() throws Exception {
        Map<String, String> codeOfName = new HashMap<>();
        csv("mapping/nace-a10.csv").forEach(r -> codeOfName.put(r.get("cluster_name"), r.get("cluster_code")));
        // employment per region, cluster and year straight from the file; region DE holds the German totals
        Map<String, Double> emp = new HashMap<>();
        Map<String, Double> regionTotal = new HashMap<>();
        for (CSVRecord r : csv("mapping/demo/germany_laender_a10_2008_2014.csv")) {
            double v = Double.parseDouble(r.get("employees"));
            String key = r.get("nuts_code") + "|" + r.get("nace_a10") + "|" + r.get("year");
            emp.merge(key, v, Double::sum);
            regionTotal.merge(r.get("nuts_code") + "|" + r.get("year"), v, Double::sum);
        }

        Map<String, Object> m = model("/w/demo/mapping/datasets/" + dataset("German Länder x NACE A*10")
                + "/regions/DE3?year=2014&method=us");
        JsonNode employment = json.readTree((String) m.get("trendEmployment"));
        JsonNode lq = json.readTree((String) m.get("trendLq"));
        List<Integer> years = new ArrayList<>();
        employment.get("years").forEach(y -> years.add(y.asInt()));
        assertThat(years).containsExactly(2008, 2009, 2010, 2011, 2012, 2013, 2014);
        assertThat(employment.get("series")).hasSize(5);

        int checked = 0;
        for (int s = 0; s < employment.get("series").size(); s++) {
            String name = employment.get("series").get(s).get("name").asString();
            String code = codeOfName.get(name);
            assertThat(code).as(name).isNotNull();
            assertThat(lq.get("series").get(s).get("name").asString()).isEqualTo(name);
            for (int y = 0; y < years.size(); y++) {
                int year = years.get(y);
                double x = emp.getOrDefault("DE3|" + code + "|" + year, 0.0);
                double expectedLq = (x / regionTotal.get("DE3|" + year))
                        / (emp.get("DE|" + code + "|" + year) / regionTotal.get("DE|" + year));
                assertThat(employment.get("series").get(s).get("values").get(y).asDouble())
                        .as("%s %d employment", name, year)
                        .isEqualTo(x);
                assertThat(lq.get("series").get(s).get("values").get(y).asDouble())
                        .as("%s %d LQ", name, year)
                        .isCloseTo(expectedLq, within(6e-4));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(35);
    }

    @Test
    void aDatasetWithOneYearHasNoTrends() throws Exception {
        Map<String, Object> m = model("/w/demo/mapping/datasets/" + dataset("US states") + "/regions/06?year=2016");
        assertThat(m.get("trendEmployment")).isNull();
    }

    @Test
    void theClusterProfileListsTheSubclustersOfTheUsBenchmarkDefinitions() throws Exception {
        // independent reading of the shipped transcription: subclusters of Aerospace Vehicles and Defense
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (CSVRecord r : csv("reference/clusters/naics2012_to_cluster_acr1_emsi_variant.csv")) {
            if (r.get("cluster").equals("Aerospace Vehicles and Defense")
                    && r.get("emsi_specific").equals("0")
                    && !r.get("subcluster").isBlank()) {
                expected.computeIfAbsent(r.get("subcluster"), k -> new ArrayList<>())
                        .add(r.get("naics"));
            }
        }
        assertThat(expected).isNotEmpty();

        Map<String, Object> m = model("/w/demo/mapping/datasets/" + dataset("US states") + "/clusters/1?year=2016");
        @SuppressWarnings("unchecked")
        List<ClusterDefinitions.Subcluster> shown = (List<ClusterDefinitions.Subcluster>) m.get("subclusters");
        Map<String, List<String>> actual = new LinkedHashMap<>();
        shown.forEach(
                s -> actual.put(s.name(), s.industryCodes().stream().sorted().toList()));
        expected.replaceAll((k, v) -> v.stream().sorted().toList());
        assertThat(actual).isEqualTo(expected);

        String html = mvc.perform(get("/w/demo/mapping/datasets/" + dataset("US states") + "/clusters/1?year=2016")
                        .with(demo.as("viewer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Subclusters")
                .contains(expected.keySet().iterator().next());
    }

    @Test
    void theUsBenchmarkClustersCarryTheNamesAndTypesOfTheClusterMappingData() throws Exception {
        // the U.S. Cluster Mapping states file names each numeric cluster code and its type
        Map<String, String> published = new HashMap<>();
        for (CSVRecord r : csv("mapping/demo/us_states_clusters_2016.csv")) {
            published.put(r.get("cluster_code"), r.get("cluster_name") + "|" + r.get("cluster_type"));
        }
        var def = definitions.find(1L, ClusterDefinitions.US_BENCHMARK).orElseThrow();
        Map<String, String> ours = new HashMap<>();
        def.clusters().values().forEach(c -> ours.put(c.code(), c.name() + "|" + (c.traded() ? "traded" : "local")));
        assertThat(ours).hasSize(67).isEqualTo(published);
        // every NAICS code of the benchmark rows of the transcription (vendor additions and cluster NA left out)
        Map<String, String> naics = new HashMap<>();
        for (CSVRecord r : csv("reference/clusters/naics2012_to_cluster_acr1_emsi_variant.csv")) {
            if (r.get("emsi_specific").equals("0")
                    && !r.get("cluster").isBlank()
                    && !r.get("cluster").equals("NA")) {
                naics.put(r.get("naics"), r.get("cluster"));
            }
        }
        Map<String, String> clusterOfIndustry = new HashMap<>();
        def.industries()
                .forEach(
                        (i, c) -> clusterOfIndustry.put(i, def.clusters().get(c).name()));
        assertThat(clusterOfIndustry).isEqualTo(naics);
    }
}

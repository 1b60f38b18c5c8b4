package org.clusterworks.learning.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.mapping.DatasetSummary;
import org.clusterworks.mapping.LqBreakdown;
import org.clusterworks.mapping.MappingCells;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The location-quotient exercise on the workspace's own mapping data: the four figures shown and the answer checked
 * are those of a hand computation from the shipped CSV files, not of the code under test.
 */
@WebTest
class LqPracticeTest {

    static final String PAGE = "/w/demo/learning/cluster-development/practice/lq";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MappingDatasets datasets;

    @Autowired
    MappingCells cells;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    DatasetSummary dataset(String prefix) {
        return datasets.list(demo()).stream()
                .filter(d -> d.name().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    static List<CSVRecord> csv(String name) throws Exception {
        try (Reader in = new InputStreamReader(
                new ClassPathResource("mapping/demo/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    /** e_ri, e_r, e_i, e of a German Land x NACE section from the CSV (one denominator, sums over the Länder). */
    static double[] germanFigures(String region, String section) throws Exception {
        double eri = 0, er = 0, ei = 0, e = 0;
        for (CSVRecord r : csv("germany_laender_wz2008_2015.csv")) {
            double v = Double.parseDouble(r.get("employment"));
            boolean inRegion = r.get("nuts_code").equals(region);
            boolean inSection = r.get("nace_section").equals(section);
            e += v;
            er += inRegion ? v : 0;
            ei += inSection ? v : 0;
            eri += inRegion && inSection ? v : 0;
        }
        return new double[] {eri, er, ei, e};
    }

    static double lq(double[] f) {
        return (f[0] / f[1]) / (f[2] / f[3]);
    }

    MockHttpServletRequestBuilder answer(DatasetSummary d, String region, String industry, String lq, String reading) {
        return post(PAGE)
                .with(users.as("learner"))
                .with(csrf())
                .param("dataset", Long.toString(d.id()))
                .param("year", "2015")
                .param("region", region)
                .param("industry", industry)
                .param("lq", lq)
                .param("specialised", reading);
    }

    @Test
    void thePageShowsTheFourFiguresOfTheCellAsComputedByHandFromTheDataset() throws Exception {
        DatasetSummary d = dataset("German Länder x NACE sections");
        double[] f = germanFigures("DE1", "C");
        var page = mvc.perform(get(PAGE)
                        .with(users.as("learner"))
                        .param("dataset", Long.toString(d.id()))
                        .param("year", "2015")
                        .param("region", "DE1")
                        .param("industry", "C"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (double v : f) {
            assertThat(page).contains(String.format(Locale.ROOT, "%,.0f", v));
        }
        assertThat(page).contains("The reference area is the sum of the dataset");
        // Regions and industries are named, with their codes beside the names in the pickers.
        assertThat(page).contains("Baden-Württemberg (DE1)", "MANUFACTURING (C)");
    }

    @Test
    void aRightLqWithTheRightReadingIsCorrectAndAWrongOneIsNot() throws Exception {
        DatasetSummary d = dataset("German Länder x NACE sections");
        double expected = lq(germanFigures("DE1", "C"));
        String reading = expected > 1 ? "yes" : "no";
        String wrongReading = expected > 1 ? "no" : "yes";
        String rounded = String.format(Locale.ROOT, "%.2f", expected);
        mvc.perform(answer(d, "DE1", "C", rounded, reading))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Correct: the platform computes an LQ of "
                                + String.format(Locale.ROOT, "%.3f", expected))));
        // a decimal comma is read too
        mvc.perform(answer(d, "DE1", "C", rounded.replace('.', ','), reading))
                .andExpect(content().string(containsString("Correct: the platform computes")));
        mvc.perform(answer(d, "DE1", "C", String.format(Locale.ROOT, "%.2f", expected + 0.05), reading))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not quite: your LQ is more than 0.01 away")))
                .andExpect(content().string(not(containsString("Correct: the platform computes"))));
        mvc.perform(answer(d, "DE1", "C", rounded, wrongReading))
                .andExpect(content().string(containsString("Your LQ is right, but not its reading")));
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        DatasetSummary d = dataset("German Länder x NACE sections");
        mvc.perform(answer(d, "DE1", "C", "about one", "yes"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attribute("errors", Map.of("lq", "input.number")))
                .andExpect(content().string(containsString("lq: must be a number")));
        mvc.perform(answer(d, "DE1", "C", "1.2", "maybe"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("specialised: is not one of the allowed values")));
        mvc.perform(answer(d, "XX9", "C", "1.2", "yes"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("region: is not one of the allowed values")));
        mvc.perform(post(PAGE).with(users.as("learner")).with(csrf()).param("lq", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("dataset: is required")));
    }

    @Test
    void aTradedClusterUsesTradedTotalsAndTheNationalReferenceLikeTheEngine() throws Exception {
        DatasetSummary d = dataset("US states x benchmark clusters");
        // Independent computation (Delgado, Porter & Stern 2016): LQ = (e_ri / e_r,traded) / (E_i / E_traded), with the
        // national totals of the reference file; California (06) in cluster 1 (Aerospace Vehicles and Defense).
        Map<String, Double> national = new HashMap<>();
        double nationalTraded = 0;
        for (CSVRecord r : csv("us_national_clusters_2016.csv")) {
            double v = Double.parseDouble(r.get("employment"));
            national.put(r.get("cluster"), v);
            nationalTraded += "traded".equals(r.get("type")) ? v : 0;
        }
        double eri = 0, erTraded = 0;
        for (CSVRecord r : csv("us_states_clusters_2016.csv")) {
            if (r.get("state_fips").equals("06") && "traded".equals(r.get("cluster_type"))) {
                double v = Double.parseDouble(r.get("employment"));
                erTraded += v;
                eri += r.get("cluster_code").equals("1") ? v : 0;
            }
        }
        LqBreakdown b = cells.lqBreakdown(demo(), d.id(), 2016, "06", "1").orElseThrow();
        assertThat(b.denominatorGroup()).isEqualTo("traded");
        assertThat(b.nationalReference()).isTrue();
        assertThat(b.cellEmployment()).isEqualTo(eri);
        assertThat(b.regionTotal()).isEqualTo(erTraded);
        assertThat(b.industryTotal()).isEqualTo(national.get("1"));
        assertThat(b.referenceTotal()).isEqualTo(nationalTraded);
        double expected = (eri / erTraded) / (national.get("1") / nationalTraded);
        assertThat(b.lq()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(datasets.cell(demo(), d.id(), 2016, "06", "1").orElseThrow().lq())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aWorkspaceWithoutDatasetsPractisesOnTheDemoWorkspace() throws Exception {
        long other = jdbc.sql("select id from workspace where slug = 'other-agency'")
                .query(Long.class)
                .single();
        var result = mvc.perform(get("/w/other-agency/learning/cluster-development/practice/lq")
                        .with(users.as("other")))
                .andExpect(status().isOk());
        if (datasets.list(other).isEmpty()) {
            result.andExpect(content().string(containsString("it uses the demo workspace")));
        }
    }
}

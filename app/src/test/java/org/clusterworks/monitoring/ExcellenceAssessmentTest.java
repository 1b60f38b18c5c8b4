package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The excellence self-assessment: scores, gaps and readiness computed here by hand; who may change it. */
@WebTest
class ExcellenceAssessmentTest {

    /** The shipped indicators by area prefix: structure S, governance G, financing F, strategy P, services V, A. */
    private static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        for (String p : List.of("S", "G", "F", "P", "V", "A")) {
            AREAS.put(p, List.of(p + "1", p + "2", p + "3"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    private String base() {
        return "/w/demo/monitoring/initiatives/" + arusha() + "/excellence";
    }

    private long start(String day, int threshold) throws Exception {
        String location = mvc.perform(post(base())
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("assessedOn", day)
                        .param("threshold", "" + threshold))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void scoresPerAreaOverallGapsAndReadinessFollowTheScoresEntered() throws Exception {
        long id = start(LocalDate.now().toString(), 60);
        var save = post(base() + "/" + id)
                .with(users.as("manager"))
                .with(csrf())
                .param("assessedOn", LocalDate.now().toString())
                .param("threshold", "60");
        Map<String, Integer> scores = new LinkedHashMap<>();
        int k = 0;
        for (List<String> codes : AREAS.values()) {
            for (String code : codes) {
                int s = (k * 3 + 1) % 5;
                scores.put(code, s);
                save.param("score_" + code, "" + s).param("evidence_" + code, "https://example.org/" + code);
                k++;
            }
        }
        mvc.perform(save).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get(base() + "/" + id).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int total = 0;
        boolean everyArea = true;
        for (var area : AREAS.entrySet()) {
            int points = area.getValue().stream().mapToInt(scores::get).sum();
            total += points;
            double pct = 100.0 * points / (4 * area.getValue().size());
            everyArea &= pct >= 60;
        }
        double overall = 100.0 * total / (4 * scores.size());
        String shown = page.replaceAll("(?s).*data-excellence=\"overall\">([^<]+)<.*", "$1");
        assertThat(Double.parseDouble(shown)).isCloseTo(overall, within(0.05));
        for (var e : scores.entrySet()) {
            boolean gap = e.getValue() * 25 < 60;
            assertThat(page.contains("data-gap=\"" + e.getKey() + "\""))
                    .as(e.getKey())
                    .isEqualTo(gap);
        }
        assertThat(page).contains("https://example.org/S1");
        assertThat(page).contains(overall >= 60 && everyArea ? "Ready (every area" : "Not yet ready for 60 %");

        // The overview compares the two latest assessments: the change of the overall score, from the tables.
        var latest = jdbc.sql("select id from mon_excellence_assessment where initiative_id = :i order by"
                        + " assessed_on desc, id desc")
                .param("i", arusha())
                .query(Long.class)
                .list();
        List<Double> overalls = new ArrayList<>();
        for (long a : latest.subList(0, 2)) {
            int sum = jdbc.sql("select coalesce(sum(score), 0) from mon_excellence_score where assessment_id = :a")
                    .param("a", a)
                    .query(Integer.class)
                    .single();
            overalls.add(100.0 * sum / (4 * scores.size()));
        }
        String overview = mvc.perform(get(base()).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String change = overview.replaceAll("(?s).*data-area=\"overall\">.*?data-change>([^<]+)<.*", "$1");
        assertThat(Double.parseDouble(change)).isCloseTo(overalls.get(0) - overalls.get(1), within(0.51));
    }

    @Test
    void badScoresAreRefusedByFieldAndNothingIsStored() throws Exception {
        long id = start("2026-01-15", 70);
        var stored = jdbc.sql("select indicator_code || '=' || score from mon_excellence_score where assessment_id = :a"
                        + " order by indicator_code")
                .param("a", id)
                .query(String.class);
        List<String> before = stored.list();
        var bad = post(base() + "/" + id)
                .with(users.as("manager"))
                .with(csrf())
                .param("assessedOn", "2026-01-15")
                .param("threshold", "70");
        AREAS.values()
                .forEach(codes -> codes.stream()
                        .filter(c -> !c.equals("G2") && !c.equals("A3"))
                        .forEach(c -> bad.param("score_" + c, "2")));
        bad.param("score_G2", "5").param("score_A3", "x");
        mvc.perform(bad)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "formErrors",
                                Map.of("score G2", "input.out-of-range", "score A3", "input.whole-number")));
        assertThat(jdbc.sql("select indicator_code || '=' || score from mon_excellence_score where assessment_id ="
                                + " :a order by indicator_code")
                        .param("a", id)
                        .query(String.class)
                        .list())
                .isEqualTo(before);
    }

    @Test
    void onlyWhoMayEditTheInitiativeChangesAssessmentsAndLabels() throws Exception {
        for (String user : List.of("viewer", "member", "analyst")) {
            mvc.perform(post(base()).with(users.as(user)).with(csrf()).param("assessedOn", "2026-01-01"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base() + "/labels")
                            .with(users.as(user))
                            .with(csrf())
                            .param("name", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(base()).with(users.as("other"))).andExpect(status().isNotFound());
    }

    @Test
    void labelsShowTheirValidityAndExpiredOnesAreMarked() throws Exception {
        mvc.perform(post(base() + "/labels")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "Test label expired")
                        .param("level", "Bronze")
                        .param("validFrom", "2020-01-01")
                        .param("validTo", "2022-12-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base() + "/labels")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "Backwards")
                        .param("validFrom", "2024-01-01")
                        .param("validTo", "2023-01-01"))
                .andExpect(flash().attribute("formErrors", Map.of("validTo", "monitoring.excellence.label-dates")));
        String page = mvc.perform(get(base()).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = page.replaceAll("(?s).*(Test label expired.*?</tr>).*", "$1");
        assertThat(row).contains("2022-12-31", "Expired");
        assertThat(page).doesNotContain("Backwards");
    }
}

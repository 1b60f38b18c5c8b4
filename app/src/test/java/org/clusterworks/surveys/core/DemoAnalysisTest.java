package org.clusterworks.surveys.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.WebTest;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.SurveyTie;
import org.clusterworks.surveys.Surveys;
import org.clusterworks.surveys.form.Form;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo rounds of the Arusha cluster, and the analysis checked against the exported responses. */
@WebTest
@Import(ApiTokensForTests.class)
class DemoAnalysisTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    @Autowired
    SurveyService service;

    @Autowired
    org.clusterworks.support.DemoUsers users;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Stakeholders stakeholders;

    long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long arusha() {
        return initiatives.all(ws()).stream()
                .filter(i -> i.name().equals("Arusha Horticulture Cluster"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    SurveyRound round(String name) {
        return surveys.rounds(ws(), arusha()).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theArushaClusterHasAClosedBaselineWithAtLeast25Responses() {
        SurveyRound baseline = round("Baseline firm survey");
        assertThat(baseline.kind()).isEqualTo(RoundKind.BASELINE);
        assertThat(baseline.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(baseline.respondents()).isGreaterThanOrEqualTo(25);
        assertThat(surveys.answers(ws(), baseline.id(), "employees")).hasSize(baseline.respondents());
        // the skip rule held: only exporters have an export share
        Set<String> exporters = new HashSet<>();
        surveys.answers(ws(), baseline.id(), "exports").stream()
                .filter(a -> a.value().equals("yes"))
                .forEach(a -> exporters.add(a.respondentKey()));
        assertThat(surveys.answers(ws(), baseline.id(), "export_share"))
                .extracting(a -> a.respondentKey())
                .containsExactlyInAnyOrderElementsOf(exporters);
    }

    @Test
    void theNetworkRoundTiesMembersToMembersWithWeightsFromTheFrequencyScale() {
        SurveyRound network = round("Collaboration network 2026");
        List<Long> members = initiatives.activeMembers(ws(), arusha(), LocalDate.now());
        List<SurveyTie> ties = surveys.ties(ws(), network.id());
        assertThat(ties).hasSizeGreaterThan(20);
        for (SurveyTie t : ties) {
            assertThat(members).contains(t.respondentOrganisationId(), t.namedOrganisationId());
            assertThat(t.respondentOrganisationId()).isNotEqualTo(t.namedOrganisationId());
            assertThat(t.weight()).isBetween(1.0, 4.0);
            assertThat(t.trust()).isBetween(1.0, 3.0);
        }
        // the weights are the frequency answers as stored, read independently
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select s.organisation_id, t.organisation_id, t.frequency from surveys_tie t join surveys_respondent s"
                        + " on s.id = t.respondent_id where s.round_id = :r and t.question_code = 'partners'")
                .param("r", network.id())
                .query((rs, n) -> stored.put(rs.getLong(1) + ">" + rs.getLong(2), rs.getString(3)))
                .list();
        for (SurveyTie t : ties) {
            assertThat(t.weight())
                    .isEqualTo(Double.parseDouble(
                            stored.get(t.respondentOrganisationId() + ">" + t.namedOrganisationId())));
        }
    }

    List<CSVRecord> longCsv(long round) throws Exception {
        String csv = mvc.perform(get("/api/v1/workspaces/demo/rounds/" + round + "/responses?format=long")
                        .with(api.bearer("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void theAnalysisAgreesWithAComputationFromTheExportedResponses() throws Exception {
        SurveyRound baseline = round("Baseline firm survey");
        List<CSVRecord> rows = longCsv(baseline.id());
        assertThat(rows).allMatch(r -> r.get("respondent_key").startsWith("R"));
        Form form = service.form(ws(), baseline.questionnaireId());
        List<Analysis.Result> results =
                Analysis.of(form, AnalysisController.answers(service, baseline.id()), null, 5, Locale.ENGLISH);
        Map<String, Analysis.Stats> byQuestion = new HashMap<>();
        results.forEach(r -> byQuestion.put(r.item().name(), r.overall()));

        List<Double> employees = values(rows, "employees").stream()
                .map(Double::parseDouble)
                .sorted()
                .toList();
        Analysis.Stats e = byQuestion.get("employees");
        assertThat(e.n()).isEqualTo(employees.size());
        assertThat(e.mean()).isCloseTo(employees.stream().mapToDouble(d -> d).sum() / employees.size(), within(1e-9));
        int n = employees.size();
        double median = n % 2 == 1 ? employees.get(n / 2) : (employees.get(n / 2 - 1) + employees.get(n / 2)) / 2;
        assertThat(e.median()).isEqualTo(median);

        List<String> joint = values(rows, "coop_joint");
        long topTwo = joint.stream().filter(v -> v.equals("4") || v.equals("5")).count();
        assertThat(byQuestion.get("coop_joint").topTwo()).isCloseTo((double) topTwo / joint.size(), within(1e-9));

        List<String> constraints = values(rows, "main_constraints");
        long finance = constraints.stream()
                .filter(v -> List.of(v.split(" ")).contains("finance"))
                .count();
        Analysis.Count financeCount = byQuestion.get("main_constraints").counts().stream()
                .filter(c -> c.name().equals("finance"))
                .findFirst()
                .orElseThrow();
        assertThat(financeCount.count()).isEqualTo(finance);
        assertThat(financeCount.share()).isCloseTo((double) finance / constraints.size(), within(1e-9));
    }

    @Test
    void aBreakdownHidesEveryGroupSmallerThanTheFloor() throws Exception {
        SurveyRound baseline = round("Baseline firm survey");
        List<CSVRecord> rows = longCsv(baseline.id());
        Map<String, Long> orgOf = new HashMap<>();
        rows.stream()
                .filter(r -> r.get("question").equals("exports"))
                .forEach(r -> orgOf.put(
                        r.get("respondent_key"),
                        r.get("organisation_id").isEmpty() ? null : Long.parseLong(r.get("organisation_id"))));
        Map<String, Integer> perHelix = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (Map.Entry<String, Long> e : orgOf.entrySet()) {
            String helix = e.getValue() == null
                    ? "unknown"
                    : stakeholders
                            .organisation(ws(), e.getValue())
                            .map(StakeholderOrganisation::helix)
                            .map(Enum::name)
                            .orElse("unknown");
            perHelix.merge(helix, 1, Integer::sum);
            groupOf.put(e.getKey(), helix);
        }
        assertThat(perHelix.values()).anyMatch(c -> c < 5).anyMatch(c -> c >= 5);
        Form form = service.form(ws(), baseline.questionnaireId());
        List<Analysis.Result> results =
                Analysis.of(form, AnalysisController.answers(service, baseline.id()), groupOf, 5, Locale.ENGLISH);
        Analysis.Result exports = results.stream()
                .filter(r -> r.item().name().equals("exports"))
                .findFirst()
                .orElseThrow();
        for (Analysis.Group g : exports.groups()) {
            assertThat(g.n()).isEqualTo(perHelix.get(g.name()));
            assertThat(g.stats() == null).as(g.name()).isEqualTo(perHelix.get(g.name()) < 5);
        }
        mvc.perform(get("/w/demo/surveys/rounds/" + baseline.id() + "/analysis?by=helix")
                        .with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("fewer than 5")));
    }

    private static List<String> values(List<CSVRecord> rows, String question) {
        List<String> out = new ArrayList<>();
        rows.stream().filter(r -> r.get("question").equals(question)).forEach(r -> out.add(r.get("value")));
        return out;
    }
}

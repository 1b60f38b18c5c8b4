package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.clusterworks.diagnostic.DiagnosticApproved;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Computed indicators follow their sources: a new initiative's member count and SME share change when members join,
 * its joint-action count follows the action plan, and an approved diagnostic sets the baseline of the indicators
 * that draw on it.
 */
@WebTest
class ComputedSourcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    org.clusterworks.surveys.Surveys surveys;

    private long startInitiative(String name) throws Exception {
        String location = mvc.perform(post("/w/demo/initiatives")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", name)
                        .param("territoryName", "Mbeya region")
                        .param("managerFte", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void join(long initiative, String organisation) throws Exception {
        long org = jdbc.sql("select id from organisation where name = :n")
                .param("n", organisation)
                .query(Long.class)
                .single();
        mvc.perform(post("/w/demo/initiatives/" + initiative + "/members")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("organisationId", Long.toString(org))
                        .param("memberType", "FULL")
                        .param("endDate", LocalDate.now().plusYears(1).toString()))
                .andExpect(status().is3xxRedirection());
    }

    private long framework(long initiative) throws Exception {
        mvc.perform(get("/w/demo/monitoring/initiatives/" + initiative).with(users.as("manager")))
                .andExpect(status().isOk());
        return jdbc.sql("select id from mon_framework where initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
    }

    /** "Recompute now": pages only read stored values. */
    private void refresh(long framework) throws Exception {
        mvc.perform(post("/w/demo/monitoring/frameworks/" + framework + "/compute")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private boolean stale(long framework) {
        return jdbc.sql("select stale_since is not null from mon_framework where id = :f")
                .param("f", framework)
                .query(Boolean.class)
                .single();
    }

    private Double current(long framework, String code) {
        return jdbc.sql("select v.amount from mon_value v join mon_indicator i on i.id = v.indicator_id"
                        + " where i.framework_id = :f and i.code = :c and v.period = :p and v.disaggregation = ''")
                .param("f", framework)
                .param("c", code)
                .param("p", Integer.toString(LocalDate.now().getYear()))
                .query(Double.class)
                .optional()
                .orElse(null);
    }

    @Test
    void memberCountsChangeWhenMembersJoin() throws Exception {
        long initiative = startInitiative("Mbeya Avocado Cluster (monitoring test)");
        long f = framework(initiative);
        mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/library")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("key", "members", "business-members", "sme-share", "joint-actions"))
                .andExpect(status().is3xxRedirection());
        assertThat(current(f, "MEMBERS")).isZero();
        assertThat(current(f, "SME_SHARE")).as("no share of no firms").isNull();

        assertThat(stale(f)).isFalse();
        join(initiative, "Kimaro Greens Ltd");
        join(initiative, "Tanzania Agricultural Research Institute - Tengeru");
        framework(initiative);
        assertThat(current(f, "MEMBERS"))
                .as("opening the framework reads stored values")
                .isZero();
        assertThat(stale(f)).as("a membership change marks the framework stale").isTrue();
        String page = mvc.perform(
                        get("/w/demo/monitoring/initiatives/" + initiative).with(users.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Memberships, joint actions or events changed on", "Recompute now");
        refresh(f);
        assertThat(stale(f)).isFalse();
        assertThat(current(f, "MEMBERS")).isEqualTo(2.0);
        assertThat(current(f, "BUSINESS_MEMBERS")).isEqualTo(1.0);
        boolean kimaroSme = jdbc.sql("select employees_band is not null and employees_band <> 'FROM_250' and"
                        + " (turnover_band is null or turnover_band <> 'OVER_50M') from organisation where name ="
                        + " 'Kimaro Greens Ltd'")
                .query(Boolean.class)
                .single();
        assertThat(current(f, "SME_SHARE")).isEqualTo(kimaroSme ? 100.0 : 0.0);
        String how = jdbc.sql(
                        "select v.how from mon_value v join mon_indicator i on i.id = v.indicator_id"
                                + " where i.framework_id = :f and i.code = 'MEMBERS' and v.period = :p and v.disaggregation = ''")
                .param("f", framework(initiative))
                .param("p", Integer.toString(LocalDate.now().getYear()))
                .query(String.class)
                .single();
        assertThat(how).startsWith("monitoring.how.members|2|");

        // The joint-action count follows the action plan once the indicator reads it.
        long jointActions = jdbc.sql("select id from mon_indicator where framework_id = :f and code = 'JOINT_ACTIONS'")
                .param("f", f)
                .query(Long.class)
                .single();
        mvc.perform(post("/w/demo/monitoring/indicators/" + jointActions)
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "JOINT_ACTIONS")
                        .param("nameEn", "Joint actions started")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "SUM")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "PLATFORM")
                        .param("sourceParam", "JOINT_ACTIONS"))
                .andExpect(status().is3xxRedirection());
        assertThat(current(f, "JOINT_ACTIONS")).isZero();
        mvc.perform(post("/w/demo/initiatives/" + initiative + "/joint-actions")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("title", "Shared avocado packhouse study")
                        .param("kind", "SHARED_EQUIPMENT")
                        .param("direction", "HORIZONTAL")
                        .param("status", "ONGOING")
                        .param("startDate", LocalDate.now().withDayOfMonth(1).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(stale(f)).isTrue();
        refresh(f);
        assertThat(current(f, "JOINT_ACTIONS")).isEqualTo(1.0);
    }

    @Test
    void anApprovedDiagnosticSetsTheBaselineOfTheIndicatorsThatDrawOnIt() throws Exception {
        long initiative = startInitiative("Iringa Tea Cluster (monitoring test)");
        join(initiative, "Meru Fresh Produce Ltd");
        long f = framework(initiative);
        mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "MEMBERS")
                        .param("nameEn", "Members")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "CUMULATIVE")
                        .param("combine", "LAST")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "PLATFORM")
                        .param("sourceParam", "MEMBERS")
                        .param("fromDiagnostic", "true"))
                .andExpect(status().is3xxRedirection());
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        events.publishEvent(new DiagnosticApproved(ws, initiative, 77, OffsetDateTime.now()));
        var row = jdbc.sql("select baseline_value, baseline_date, baseline_source from mon_indicator"
                        + " where framework_id = :f and code = 'MEMBERS'")
                .param("f", f)
                .query()
                .singleRow();
        assertThat(((Number) row.get("baseline_value")).doubleValue()).isEqualTo(1.0);
        assertThat(row.get("baseline_date").toString())
                .isEqualTo(LocalDate.now().toString());
        assertThat((String) row.get("baseline_source")).contains("Diagnostic approved");
    }

    @Test
    void anEnteredIndicatorLinkedToADiagnosticFigureTakesItAsBaselineWhenTheDiagnosticIsApproved() throws Exception {
        long initiative = startInitiative("Songwe Coffee Cluster (monitoring test)");
        long f = framework(initiative);
        String refused = mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "DENSITY")
                        .param("nameEn", "Network density")
                        .param("unit", "RATE")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "CUMULATIVE")
                        .param("combine", "LAST")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "MANUAL")
                        .param("diagnosticFigure", "Network density!"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("write a diagnostic figure as area.name");
        for (String[] spec : new String[][] {{"DENSITY", "network.density", ""}, {"TIES", "", "12"}}) {
            mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                            .with(users.as("manager"))
                            .with(csrf())
                            .param("code", spec[0])
                            .param("nameEn", spec[0])
                            .param("unit", "RATE")
                            .param("direction", "HIGHER_IS_BETTER")
                            .param("accumulation", "CUMULATIVE")
                            .param("combine", "LAST")
                            .param("frequency", "YEAR")
                            .param("sourceKind", "MANUAL")
                            .param("diagnosticFigure", spec[1])
                            .param("baselineValue", spec[2]))
                    .andExpect(status().is3xxRedirection());
        }
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        // The diagnostic module's frozen figures, written straight into its tables.
        var approvedAt = OffsetDateTime.now().minusDays(3);
        jdbc.sql("insert into diagnostic_baseline (workspace_id, initiative_id, approved_at, snapshot)"
                        + " values (:ws, :i, :at, '{}')")
                .param("ws", ws)
                .param("i", initiative)
                .param("at", approvedAt)
                .update();
        long baseline = jdbc.sql("select max(id) from diagnostic_baseline where initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("insert into diagnostic_baseline_figure (baseline_id, figure_key, figure_value) values"
                        + " (:b, 'network.density', 0.4167), (:b, 'network.ties', 25)")
                .param("b", baseline)
                .update();
        events.publishEvent(new DiagnosticApproved(ws, initiative, baseline, approvedAt));
        var density = jdbc.sql("select baseline_value, baseline_date, baseline_source from mon_indicator"
                        + " where framework_id = :f and code = 'DENSITY'")
                .param("f", f)
                .query()
                .singleRow();
        assertThat(((Number) density.get("baseline_value")).doubleValue()).isEqualTo(0.4167);
        assertThat(density.get("baseline_date").toString())
                .isEqualTo(approvedAt.toLocalDate().toString());
        assertThat((String) density.get("baseline_source")).contains("network.density");
        Double ties = jdbc.sql("select baseline_value from mon_indicator where framework_id = :f and code = 'TIES'")
                .param("f", f)
                .query(Double.class)
                .single();
        assertThat(ties)
                .as("an entered indicator without a linked figure keeps its baseline")
                .isEqualTo(12.0);
    }

    @Test
    void aSurveyIndicatorIsComputedFromTheRoundsAnswers() throws Exception {
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        long f = framework(arusha);
        // The demo indicator reads the top-two box of coop_trust; recount it from the stored answers.
        var answers = jdbc.sql("select a.answer_value from surveys_answer a join surveys_respondent p on p.id ="
                        + " a.respondent_id join surveys_round r on r.id = p.round_id where r.initiative_id = :i and"
                        + " r.name = 'Baseline firm survey' and p.submitted_at is not null and a.question_code ="
                        + " 'coop_trust'")
                .param("i", arusha)
                .query(String.class)
                .list();
        long agree =
                answers.stream().filter(v -> v.equals("4") || v.equals("5")).count();
        assertThat(answers).hasSizeGreaterThan(10);
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        var rounds = surveys.rounds(ws, arusha);
        assertThat(current(f, "MEMBER_TRUST"))
                .as(rounds + " "
                        + rounds.stream()
                                .map(r -> surveys.questions(ws, r.id()).stream()
                                                .map(q -> q.code())
                                                .toList() + " "
                                        + surveys.answers(ws, r.id(), "coop_trust")
                                                .size())
                                .toList())
                .isEqualTo(Math.round(1000.0 * agree / answers.size()) / 10.0);
        mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "EMPLOYEES_MEAN")
                        .param("nameEn", "Mean employees per respondent")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "LAST")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "SURVEY")
                        .param("sourceParam", "employees:mean"))
                .andExpect(status().is3xxRedirection());
        assertThat(current(f, "EMPLOYEES_MEAN")).isPositive();
        String page = mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "NO_QUESTION")
                        .param("nameEn", "Asked nowhere")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "LAST")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "SURVEY")
                        .param("sourceParam", "no_such_question"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("no round of this initiative asks this question");
    }

    @Test
    void aMappingIndicatorReadsTheLocationQuotientOfItsDatasetForThePeriodsYear() throws Exception {
        int year = LocalDate.now().getYear();
        String csv = "region,industry,year,employment\n"
                + "TZ-01,HORT," + year + ",300\nTZ-01,TOUR," + year + ",100\n"
                + "TZ-02,HORT," + year + ",100\nTZ-02,TOUR," + year + ",500\n";
        String mapping = "{\"name\":\"Monitoring LQ test\",\"regionScheme\":\"free\",\"industryScheme\":\"free\","
                + "\"columns\":{\"region\":\"region\",\"industry\":\"industry\",\"year\":\"year\","
                + "\"employment\":\"employment\"}}";
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/workspaces/demo/datasets")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "lq.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "mapping",
                                "",
                                "application/json",
                                mapping.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long dataset = Long.parseLong(created.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        long f = framework(arusha);
        mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "HORT_LQ")
                        .param("nameEn", "Horticulture LQ in Arusha")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "LAST")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "MAPPING")
                        .param("sourceParam", dataset + ":TZ-01:HORT:lq"))
                .andExpect(status().is3xxRedirection());
        // LQ = (300 / 400) / (400 / 1000) = 1.875
        assertThat(current(f, "HORT_LQ")).isCloseTo(1.875, org.assertj.core.api.Assertions.within(1e-9));
        String refused = mvc.perform(post("/w/demo/monitoring/frameworks/" + f + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "BAD_LQ")
                        .param("nameEn", "No such dataset")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "LAST")
                        .param("frequency", "YEAR")
                        .param("sourceKind", "MAPPING")
                        .param("sourceParam", "987654:TZ-01:HORT:lq"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("no dataset with this number in the workspace");
    }
}

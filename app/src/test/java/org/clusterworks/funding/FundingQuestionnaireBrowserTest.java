package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.clusterworks.funding.core.CallForm;
import org.clusterworks.funding.core.CallService;
import org.clusterworks.funding.core.WorkflowRepository;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.QuestionnaireRepository;
import org.clusterworks.surveys.form.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In headless Chromium: an applicant fills the call's questionnaire inside the application (a follow-up question
 * appears only when it applies) and saves it; the funder dashboard draws its charts.
 */
@BrowserTest
class FundingQuestionnaireBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionnaireRepository questionnaires;

    @Autowired
    CallService calls;

    @Autowired
    WorkflowRepository flow;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long callWithQuestionnaire() {
        long ws = ws();
        Text none = Text.EMPTY;
        long q = questionnaires.create(
                ws,
                new Form(
                        "Innovation questions",
                        "innovation",
                        "1",
                        "en",
                        List.of(
                                new Item(
                                        ItemType.SELECT_ONE,
                                        "yes_no",
                                        "prior",
                                        Text.of("Have you received a grant before?"),
                                        none,
                                        true,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                new Item(
                                        ItemType.INTEGER,
                                        null,
                                        "prior_amount",
                                        Text.of("How much was it (TZS)?"),
                                        none,
                                        true,
                                        "${prior} = 'yes'",
                                        ". >= 1",
                                        null,
                                        null,
                                        null),
                                new Item(
                                        ItemType.TEXT,
                                        null,
                                        "impact",
                                        Text.of("Expected impact on the cluster"),
                                        none,
                                        true,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                        List.of(
                                new Choice("yes_no", "yes", new Text("Yes", "Oui", "Ndiyo")),
                                new Choice("yes_no", "no", new Text("No", "Non", "Hapana")))));
        ZoneId zone = ZoneId.of("Africa/Dar_es_Salaam");
        LocalDateTime now = LocalDateTime.now(zone).withNano(0);
        long officer = jdbc.sql("select id from app_user where username = 'officer'")
                .query(Long.class)
                .single();
        long call = calls.create(
                new CurrentWorkspace(ws, "demo", "Demo", WorkspaceRole.PROGRAMME_OFFICER),
                new AuthenticatedUser(officer, "officer", "officer", false),
                new CallForm(
                        "Arusha Horticulture Innovation Fund",
                        "Call 2026-Q: questionnaire pilot",
                        "",
                        "",
                        "A pilot call whose application form includes a questionnaire.",
                        "",
                        "",
                        "TZS",
                        "50000000",
                        "20000000",
                        "0",
                        zone.getId(),
                        now.minusDays(1).toString(),
                        now.plusDays(10).toString(),
                        "",
                        "0",
                        "5"));
        flow.saveSettings(call, new WorkflowRepository.CallSettings(q, WorkflowRepository.CallKind.INNOVATION_FUND, 2));
        return call;
    }

    @Test
    void theApplicantFillsTheQuestionnaireWhoseFollowUpAppearsOnlyWhenItApplies(Browser b) {
        long call = callWithQuestionnaire();
        b.signIn("member", "demo").open("/w/demo/funding/calls/" + call);
        assertThat(b.find("#call-questionnaire").getText()).isEqualTo("Innovation questions");
        b.clickAndWait("#start-application");
        assertThat(b.find("#q-prior_amount").isDisplayed()).isFalse();
        b.find("#q-prior input[value='yes']").click();
        assertThat(b.find("#q-prior_amount").isDisplayed()).isTrue();
        b.type("#i-prior_amount", "0").type("#i-impact", "Cold rooms shared by 40 growers");
        b.clickAndWait("#save");
        assertThat(b.find("[data-error='prior_amount']").getText()).contains("not accepted");
        b.type("#i-prior_amount", "12000000");
        b.clickAndWait("#save");
        assertThat(b.mainText()).contains("saved");
        assertThat(b.find("#i-prior_amount").getAttribute("value")).isEqualTo("12000000");
        b.script("document.getElementById('survey-form').scrollIntoView({behavior: 'instant', block: 'start'})");
        b.screenshot("funding-application-questionnaire");
    }

    @Test
    void theDashboardDrawsItsFourCharts(Browser b) {
        b.signIn("officer", "demo").open("/w/demo/funding/dashboard");
        for (String chart : List.of("status", "calls", "scores", "cofinancing")) {
            assertThat(b.find("[data-chart='" + chart + "'] svg")).isNotNull();
        }
        assertThat(b.find("#fig-leverage").getText()).matches("\\d+\\.\\d\\d");
        b.screenshot("funding-dashboard");
        b.script("document.getElementById('funding-charts').scrollIntoView({behavior: 'instant', block: 'start'})");
        b.screenshot("funding-dashboard-charts");
    }
}

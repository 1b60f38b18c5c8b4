package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.FundingRepository;
import org.clusterworks.funding.core.WorkflowRepository;
import org.clusterworks.funding.core.WorkflowRepository.PartnerStatus;
import org.clusterworks.identity.user.UserRepository;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.QuestionnaireRepository;
import org.clusterworks.surveys.form.Text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The second step of the funding workflow through the web layer: a call's surveys questionnaire filled inside the
 * application (validation, required answers, skip logic, frozen in the receipt); partners who must accept their
 * invitation before submission (page or secret link, refusal, withdrawal, expiry); reviewers assigned per application,
 * least loaded first, never conflicted, reassigned by the programme, and 404 for a reviewer not assigned; the
 * dashboard's figures; the {@link GrantAwarded} event's content.
 */
@WebTest
@RecordApplicationEvents
class FundingWorkflowTest {

    static final String W = "/w/demo/funding";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    UserRepository userRepository;

    @Autowired
    FundingRepository repo;

    @Autowired
    WorkflowRepository flow;

    @Autowired
    QuestionnaireRepository questionnaires;

    @Autowired
    ApplicationEvents events;

    long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long userId(String name) {
        return userRepository.findByUsername(name).orElseThrow().id();
    }

    long org(String name) {
        return stakeholders.byName(ws(), name).orElseThrow().id();
    }

    static long idOf(String url) {
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** A call open since yesterday until tomorrow (Paris), without rules or documents, with its settings. */
    long newCall(String title, Long questionnaireId, int reviewersPerApplication) throws Exception {
        ZoneId zone = ZoneId.of("Europe/Paris");
        LocalDateTime now = LocalDateTime.now(zone).withNano(0);
        var created = mvc.perform(post(W + "/calls")
                        .param("programme", "Regional fund")
                        .param("titleEn", title)
                        .param("currency", "EUR")
                        .param("budget", "100000")
                        .param("maxGrant", "50000")
                        .param("cofinancingPct", "0")
                        .param("timeZone", zone.getId())
                        .param("opens", now.minusDays(1).toString())
                        .param("closes", now.plusDays(1).toString())
                        .param("scaleMin", "0")
                        .param("scaleMax", "10")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long call = idOf(created.getResponse().getRedirectedUrl());
        mvc.perform(post(W + "/calls/" + call + "/settings")
                        .param("questionnaireId", questionnaireId == null ? "" : "" + questionnaireId)
                        .param("kind", "COLLABORATIVE_PROJECTS")
                        .param("reviewersPerApplication", "" + reviewersPerApplication)
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.settings.saved"));
        return call;
    }

    long start(long call, String title) throws Exception {
        var r = mvc.perform(post(W + "/calls/" + call + "/applications")
                        .param("title", title)
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return idOf(r.getResponse().getRedirectedUrl());
    }

    /** The structured fields of a complete application whose only cost is the lead's. */
    Map<String, String> fields(String title) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("summary", "Summary of " + title);
        f.put("objectives", "Objectives");
        f.put("workPlan", "Work plan");
        f.put("requested", "10");
        f.put("cost_" + org("Kimaro Greens Ltd") + "_OTHER", "40");
        return f;
    }

    static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder b, Map<String, String> fields) {
        fields.forEach(b::param);
        return b;
    }

    long questionnaire() {
        Text none = Text.EMPTY;
        List<Item> items = List.of(
                new Item(
                        ItemType.SELECT_ONE,
                        "yes_no",
                        "prior",
                        new Text("Have you received a grant before?", "Avez-vous déjà reçu une subvention ?", null),
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
                        Text.of("How much was it?"),
                        none,
                        true,
                        "${prior} = 'yes'",
                        ". >= 1",
                        Text.of("Give the amount in euros, at least 1."),
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
                        null));
        List<Choice> choices = List.of(
                new Choice("yes_no", "yes", new Text("Yes", "Oui", "Ndiyo")),
                new Choice("yes_no", "no", new Text("No", "Non", "Hapana")));
        return questionnaires.create(ws(), new Form("Application questions", "application", "1", "en", items, choices));
    }

    @Test
    void theCallsQuestionnaireIsFilledInsideTheApplicationCheckedAndFrozenInTheReceipt() throws Exception {
        long q = questionnaire();
        long call = newCall("Call with a questionnaire", q, 2);
        mvc.perform(get(W + "/calls/" + call).with(users.as("viewer")))
                .andExpect(content().string(containsString("Application questions")));
        long id = start(call, "Questionnaire project");
        String page = W + "/applications/" + id;
        mvc.perform(get(page).with(users.as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expected impact on the cluster")))
                .andExpect(content().string(containsString("data-relevant=\"${prior} = &#39;yes&#39;\"")))
                .andExpect(content().string(containsString("id=\"survey-form\"")));
        // A refused answer (the constraint) is reported next to its question and not stored; the rest is saved.
        mvc.perform(with(post(page), fields("Questionnaire project"))
                        .param("q.prior", "yes")
                        .param("q.prior_amount", "0")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the amount in euros, at least 1.")));
        assertThat(flow.answers(id)).containsEntry("prior", "yes").doesNotContainKey("prior_amount");
        // Skip logic: with "no", the amount is not asked and an answer to it is dropped; a draft may lack answers.
        mvc.perform(with(post(page), fields("Questionnaire project"))
                        .param("q.prior", "no")
                        .param("q.prior_amount", "5")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.application.saved"));
        assertThat(flow.answers(id)).isEqualTo(Map.of("prior", "no"));
        // Submitting without the required impact is refused, naming the question.
        mvc.perform(with(post(page + "/submit"), fields("Questionnaire project"))
                        .param("q.prior", "no")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The questionnaire is not complete")))
                .andExpect(content().string(containsString("data-error=\"impact\"")));
        assertThat(repo.submissions(id)).isEmpty();
        mvc.perform(with(post(page + "/submit"), fields("Questionnaire project"))
                        .param("q.prior", "no")
                        .param("q.impact", "Shared cold rooms for 40 growers")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "funding.application.submitted"));
        mvc.perform(get(page + "/versions/1").with(users.as("member")))
                .andExpect(content().string(containsString("Expected impact on the cluster")))
                .andExpect(content().string(containsString("Shared cold rooms for 40 growers")))
                .andExpect(content().string(containsString("Have you received a grant before?")));
        // The receipt is frozen: reopening and changing the answer leaves version 1 as it was.
        mvc.perform(post(page + "/reopen").with(users.as("member")).with(csrf()))
                .andExpect(flash().attribute("success", "funding.application.reopened"));
        mvc.perform(with(post(page), fields("Questionnaire project"))
                        .param("q.prior", "no")
                        .param("q.impact", "Changed answer")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.application.saved"));
        mvc.perform(get(page + "/versions/1").with(users.as("member")))
                .andExpect(content().string(containsString("Shared cold rooms for 40 growers")))
                .andExpect(content().string(not(containsString("Changed answer"))));
        // In French the questionnaire speaks French.
        mvc.perform(get(page).param("lang", "fr").with(users.as("member")))
                .andExpect(content().string(containsString("Avez-vous déjà reçu une subvention ?")));
        // Programme staff read the answers through the API and in the dashboard workbook.
        mvc.perform(get("/api/v1/workspaces/demo/calls/" + call + "/applications")
                        .with(users.bearer("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].answers.impact")
                        .value(org.hamcrest.Matchers.hasItem("Changed answer")))
                .andExpect(
                        jsonPath("$[?(@.id == " + id + ")].answers.prior").value(org.hamcrest.Matchers.hasItem("no")));
        byte[] xlsx = mvc.perform(get(W + "/dashboard.xlsx").with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var lines = new java.util.ArrayList<String>();
            wb.getSheet("questionnaire answers").forEach(r -> {
                if (r.getRowNum() > 0 && (long) r.getCell(1).getNumericCellValue() == id) {
                    lines.add(r.getCell(3).getStringCellValue() + "="
                            + r.getCell(4).getStringCellValue());
                }
            });
            assertThat(lines).containsExactly("impact=Changed answer", "prior=no");
        }
    }

    @Test
    void aQuestionnaireWithAnOrganisationPickerOrFromElsewhereIsRefusedAsApplicationForm() throws Exception {
        long call = newCall("Call without a questionnaire", null, 2);
        mvc.perform(post(W + "/calls/" + call + "/settings")
                        .param("questionnaireId", "987654321")
                        .param("kind", "OTHER")
                        .param("reviewersPerApplication", "2")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.settings.questionnaire-unknown"));
        mvc.perform(post(W + "/calls/" + call + "/settings")
                        .param("kind", "OTHER")
                        .param("reviewersPerApplication", "0")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.settings.reviewers-range"));
        assertThat(flow.settings(call).questionnaireId()).isNull();
    }

    @Test
    void partnersMustAcceptBeforeSubmissionAndMayRefuseOrWithdraw() throws Exception {
        long call = newCall("Call for partners", null, 2);
        long id = start(call, "Partner project");
        String page = W + "/applications/" + id;
        long managerOrg =
                stakeholders.organisationOfUser(ws(), userId("manager")).orElseThrow();
        long institute = org("Nelson Mandela African Institution of Science and Technology");
        var invited = mvc.perform(post(page + "/partners")
                        .param("organisationId", "" + institute)
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.invited"))
                .andReturn();
        String link = (String) invited.getFlashMap().get("partnerLink");
        assertThat(link).startsWith("/w/demo/funding/partner-invitations/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        // Only the digest of the secret is stored.
        assertThat(jdbc.sql("select count(*) from funding_partner where token_hash = :t")
                        .param("t", token)
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(post(page + "/partners")
                        .param("organisationId", "" + managerOrg)
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.invited"));
        // Eligibility shows who is pending, and the submission is refused.
        mvc.perform(with(post(page + "/eligibility"), fields("Partner project"))
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(content().string(containsString("Waiting for the acceptance of:")))
                .andExpect(content().string(containsString("Nelson Mandela African Institution")));
        mvc.perform(with(post(page + "/submit"), fields("Partner project"))
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has not accepted its invitation")));
        assertThat(repo.submissions(id)).isEmpty();
        // The link shows the invitation; the lead cannot answer it for the partner; the partner refuses.
        mvc.perform(get(link).with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invites Nelson Mandela African Institution")));
        mvc.perform(post(link)
                        .param("answer", "accept")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.partner.lead-cannot-answer"));
        mvc.perform(post(link)
                        .param("answer", "refuse")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.answered.refuse"));
        assertThat(partnerStatus(id, institute)).isEqualTo(PartnerStatus.REFUSED);
        mvc.perform(get(link).with(users.as("officer"))).andExpect(status().isNotFound());
        // The lead may invite again: a new link; an expired link no longer works.
        var again = mvc.perform(post(page + "/partners")
                        .param("organisationId", "" + institute)
                        .with(users.as("member"))
                        .with(csrf()))
                .andReturn();
        String second = (String) again.getFlashMap().get("partnerLink");
        assertThat(second).isNotEqualTo(link);
        jdbc.sql("update funding_partner set token_expires_at = :t where application_id = :a and org_id = :o")
                .param("t", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param("a", id)
                .param("o", institute)
                .update();
        mvc.perform(get(second).with(users.as("officer"))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/partners/" + institute + "/delete")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.removed"));
        // A user of the invited organisation accepts on the application page, then withdraws, then is invited again.
        mvc.perform(get(W).with(users.as("manager")))
                .andExpect(content().string(containsString("id=\"invitations\"")))
                .andExpect(content().string(containsString("Partner project")));
        mvc.perform(post(page + "/partners/" + managerOrg + "/accept")
                        .with(users.as("viewer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/partners/" + managerOrg + "/accept")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.answered.accept"));
        mvc.perform(post(page + "/partners/" + managerOrg + "/withdraw")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.answered.withdraw"));
        assertThat(partnerStatus(id, managerOrg)).isEqualTo(PartnerStatus.WITHDRAWN);
        mvc.perform(post(page + "/partners")
                        .param("organisationId", "" + managerOrg)
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.invited"));
        mvc.perform(post(page + "/partners/" + managerOrg + "/accept")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.partner.answered.accept"));
        // Now everyone has accepted: the application is submitted, then awarded; the event carries the consortium.
        Map<String, String> f = fields("Partner project");
        f.put("cost_" + managerOrg + "_PERSONNEL", "20");
        mvc.perform(with(post(page + "/submit"), f).with(users.as("member")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "funding.application.submitted"));
        mvc.perform(post(page + "/decision")
                        .param("decision", "AWARDED")
                        .param("reason", "Best project")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        GrantAwarded e = events.stream(GrantAwarded.class)
                .filter(x -> x.applicationId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(e.callKind()).isEqualTo("COLLABORATIVE_PROJECTS");
        assertThat(e.currency()).isEqualTo("EUR");
        assertThat(e.amount()).isEqualByComparingTo("10");
        assertThat(e.totalCost()).isEqualByComparingTo("60");
        assertThat(e.partners())
                .extracting(GrantPartner::organisationId)
                .containsExactly(org("Kimaro Greens Ltd"), managerOrg);
        assertThat(e.partners().get(1).eligibleCost()).isEqualByComparingTo("20");
        // (60 - 10) / 60 = 83.33 %
        assertThat(e.cofinancingPct()).isEqualByComparingTo("83.33");
        assertThat(e.title()).isEqualTo("Partner project");
    }

    PartnerStatus partnerStatus(long applicationId, long orgId) {
        return flow.invitations(applicationId).stream()
                .filter(p -> p.orgId() == orgId)
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void eachApplicationGetsItsReviewersLeastLoadedFirstAndOnlyThoseSeeIt() throws Exception {
        long call = newCall("Call with assignments", null, 1);
        List<String> names = List.of("analyst", "manager", "learner", "member");
        for (String n : names) {
            mvc.perform(post(W + "/calls/" + call + "/reviewers")
                            .param("reviewer", "" + userId(n))
                            .with(users.as("officer"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        // The member works for the lead: never assigned. The three others (no programme role) take one application
        // each,
        // by id.
        List<Long> expected = new ArrayList<>(List.of(userId("analyst"), userId("manager"), userId("learner")));
        expected.sort(Long::compare);
        List<Long> apps = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long id = start(call, "Assigned project " + i);
            mvc.perform(with(post(W + "/applications/" + id + "/submit"), fields("Assigned project " + i))
                            .with(users.as("member"))
                            .with(csrf()))
                    .andExpect(flash().attribute("success", "funding.application.submitted"));
            apps.add(id);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(flow.assigned(apps.get(i))).containsExactly(expected.get(i));
        }
        assertThat(flow.load(call)).doesNotContainKey(userId("member"));
        long first = apps.get(0);
        String firstReviewer = names.stream()
                .filter(n -> userId(n) == expected.get(0))
                .findFirst()
                .orElseThrow();
        String otherReviewer = names.stream()
                .filter(n -> userId(n) == expected.get(1))
                .findFirst()
                .orElseThrow();
        // The assigned reviewer sees it with the review form; another reviewer of the call gets 404.
        mvc.perform(get(W + "/applications/" + first).with(users.as(firstReviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review\"")));
        mvc.perform(get(W + "/applications/" + first).with(users.as(otherReviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(post(W + "/applications/" + first + "/declaration")
                        .param("conflict", "false")
                        .with(users.as(otherReviewer))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // The programme cannot assign a conflicted reviewer, but reassigns the application to another one.
        mvc.perform(post(W + "/applications/" + first + "/reviewers")
                        .param("userId", "" + userId("member"))
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.assign.conflicted"));
        mvc.perform(post(W + "/applications/" + first + "/reviewers/" + expected.get(0) + "/delete")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.assign.removed"));
        mvc.perform(post(W + "/applications/" + first + "/reviewers")
                        .param("userId", "" + expected.get(1))
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.assign.added"));
        assertThat(flow.assigned(first)).containsExactly(expected.get(1));
        mvc.perform(get(W + "/applications/" + first).with(users.as(firstReviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get(W + "/applications/" + first).with(users.as(otherReviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review\"")));
        // Two reviewers each: topping up in submission order, least loaded first (ties: lower id). Loads before:
        // A = expected[0]: 0, B: 2 (first and second), C: 1 (third). First gets A (0) -> A 1; second: A (1) and
        // C (1) tie -> A -> A 2; third (has C): A (2) and B (2) tie -> A. Greedy, so A ends with 3 and C with 1.
        flow.saveSettings(call, new WorkflowRepository.CallSettings(null, WorkflowRepository.CallKind.OTHER, 2));
        mvc.perform(post(W + "/calls/" + call + "/assignments")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.assign.balanced"))
                .andExpect(flash().attribute("assignedCount", 3));
        long a = expected.get(0);
        long b = expected.get(1);
        long c = expected.get(2);
        assertThat(flow.assigned(apps.get(0))).containsExactlyInAnyOrder(a, b);
        assertThat(flow.assigned(apps.get(1))).containsExactlyInAnyOrder(a, b);
        assertThat(flow.assigned(apps.get(2))).containsExactlyInAnyOrder(a, c);
        assertThat(flow.load(call)).isEqualTo(Map.of(a, 3, b, 2, c, 1));
        mvc.perform(get(W + "/calls/" + call + "/panel").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assignments\"")));
        mvc.perform(post(W + "/calls/" + call + "/assignments")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDashboardReportsLeverageAndCoFinancingFromTheStoredBudgets() throws Exception {
        // Independent computation: awarded applications' budget totals against their grants.
        BigDecimal grant = jdbc.sql("select coalesce(sum(g.amount), 0) from funding_grant g join funding_application a"
                        + " on a.id = g.application_id where g.workspace_id = :w and a.decision = 'AWARDED'")
                .param("w", ws())
                .query(BigDecimal.class)
                .single();
        BigDecimal cost = jdbc.sql("select coalesce(sum(c.amount), 0) from funding_cost c join funding_application a"
                        + " on a.id = c.application_id join funding_grant g on g.application_id = a.id"
                        + " where g.workspace_id = :w and a.decision = 'AWARDED'")
                .param("w", ws())
                .query(BigDecimal.class)
                .single();
        assertThat(grant.signum()).isPositive();
        BigDecimal leverage = cost.subtract(grant).divide(grant, 2, RoundingMode.HALF_UP);
        BigDecimal share =
                cost.subtract(grant).multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
        mvc.perform(get(W + "/dashboard").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fig-leverage\">" + leverage.toPlainString() + "<")))
                .andExpect(
                        content().string(containsString("id=\"fig-cofinancing-pct\">" + share.toPlainString() + " %<")))
                .andExpect(content().string(containsString("data-charts=\"{")))
                .andExpect(content().string(containsString("/js/funding-dashboard.js")));
    }
}

package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.ApplicationService;
import org.clusterworks.funding.core.FundingRepository;
import org.clusterworks.funding.core.WorkflowRepository;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.user.UserRepository;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The funding journeys through the web layer on the demo data: an applicant builds, checks and submits an
 * application; late submissions are refused in the call's time zone; reviewers see only what they may score; only
 * the programme decides; the ranking matches a computation from the stored scores; the API answers.
 */
@WebTest
class FundingJourneyTest {

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
    ApplicationService applications;

    @Autowired
    FundingRepository repo;

    @Autowired
    WorkflowRepository flow;

    RequestPostProcessor as(String user) {
        return users.as(user);
    }

    RequestPostProcessor bearer(String username) {
        return users.bearer(username);
    }

    long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long appId(String title) {
        return jdbc.sql("select id from funding_application where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    long callId(String titleStart) {
        return jdbc.sql("select id from funding_call where title_en like :t")
                .param("t", titleStart + "%")
                .query(Long.class)
                .single();
    }

    long openCall() {
        return callId("Arusha Horticulture Innovation Fund, Call 2026-2");
    }

    long closedCall() {
        return callId("Arusha Horticulture Innovation Fund, Call 2026-1");
    }

    long org(String name) {
        return stakeholders.byName(ws(), name).orElseThrow().id();
    }

    long userId(String name) {
        return userRepository.findByUsername(name).orElseThrow().id();
    }

    /** Starts an application as the demo member (Kimaro Greens) in the open call and returns its id. */
    long startApplication(String title) throws Exception {
        var r = mvc.perform(post(W + "/calls/" + openCall() + "/applications")
                        .param("title", title)
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theDemoHoldsAClosedCallWithFourApplicationsAndAnOpenOne() throws Exception {
        mvc.perform(get(W).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Call 2026-1: post-harvest innovation")))
                .andExpect(content().string(containsString("Closed")))
                .andExpect(content().string(containsString("Open")));
        mvc.perform(get("/api/v1/workspaces/demo/calls").with(bearer("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", hasItem("CLOSED")))
                .andExpect(jsonPath("$[*].status", hasItem("OPEN")))
                .andExpect(jsonPath("$[0].timeZone").value("Africa/Dar_es_Salaam"));
        mvc.perform(get("/api/v1/workspaces/demo/calls/" + closedCall()).with(bearer("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligibilityRules.length()").value(8))
                .andExpect(jsonPath("$.criteria.length()").value(4))
                .andExpect(jsonPath("$.call.closes", containsString("17:00:00+03:00")));
    }

    @Test
    void theApiListsApplicationsWithTheReasonOfTheIneligibleOne() throws Exception {
        mvc.perform(get("/api/v1/workspaces/demo/calls/" + closedCall() + "/applications")
                        .with(bearer("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(6)))
                .andExpect(jsonPath("$[?(@.status == 'AWARDED')].title")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "Shared cold-chain hub at Usa River",
                                "Soil testing and fertiliser advice for women-led farms")))
                .andExpect(jsonPath("$[?(@.title == 'Avocado export certification')].eligible")
                        .value(false))
                .andExpect(jsonPath(
                                "$[?(@.title == 'Avocado export certification')].eligibilityFindings[?(@.passed == false)].reason")
                        .value(hasItem(containsString(
                                "Kilimanjaro Avocado Growers Ltd lies in TZ-09, which is not in TZ-01"))))
                .andExpect(jsonPath("$[?(@.title == 'Shared cold-chain hub at Usa River')].status")
                        .value("AWARDED"))
                .andExpect(jsonPath("$[?(@.title == 'Shared cold-chain hub at Usa River')].score")
                        .value(4.2));
        // Only the programme lists applications.
        mvc.perform(get("/api/v1/workspaces/demo/calls/" + closedCall() + "/applications")
                        .with(bearer("member")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anApplicantBuildsChecksAndSubmitsAnApplication() throws Exception {
        long id = startApplication("Cold-chain sensors for packhouses");
        String page = W + "/applications/" + id;
        // Alone, the lead fails the consortium rules; the live check says why.
        mvc.perform(post(page + "/eligibility")
                        .param("requested", "10000000")
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("The consortium has 1 organisation(s); this call needs at least 3.")))
                .andExpect(content().string(containsString("The partners cover 1 helix role(s)")));
        long research = org("Nelson Mandela African Institution of Science and Technology");
        long coldChain = org("Nduruma Cold Chain Services");
        List<String> links = new java.util.ArrayList<>();
        for (long partner : List.of(research, coldChain)) {
            var invited = mvc.perform(post(page + "/partners")
                            .param("organisationId", "" + partner)
                            .with(as("member"))
                            .with(csrf()))
                    .andExpect(flash().attribute("success", "funding.partner.invited"))
                    .andReturn();
            links.add((String) invited.getFlashMap().get("partnerLink"));
        }
        // The partners accept through the links the lead forwarded (no mail server in tests).
        for (String link : links) {
            mvc.perform(post(link).param("answer", "accept").with(as("officer")).with(csrf()))
                    .andExpect(flash().attribute("success", "funding.partner.answered.accept"));
        }
        long lead = org("Kimaro Greens Ltd");
        Map<String, String> form = new HashMap<>(Map.of(
                "title",
                "Cold-chain sensors for packhouses",
                "summary",
                "Temperature sensors and alerts in three packhouses.",
                "objectives",
                "Cut losses of fresh produce by a third.",
                "workPlan",
                "Install, train, measure.",
                "requested",
                "30000000",
                "cost_" + lead + "_EQUIPMENT",
                "20000000",
                "cost_" + research + "_PERSONNEL",
                "8000000",
                "cost_" + coldChain + "_PERSONNEL",
                "7000000"));
        // Cost 35 million, grant 30 million: co-financing 14.3 % < 25 %. The live check shows it before saving.
        var check = post(page + "/eligibility").with(as("member")).with(csrf());
        form.forEach(check::param);
        mvc.perform(check)
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "The applicants co-finance 14.3 % of the eligible cost; this call needs at least 25 %.")))
                .andExpect(content()
                        .string(containsString(
                                "The largest partner holds 57.1 % of the eligible cost (at most 60 %).")));
        form.put("requested", "26000000"); // (35 - 26) / 35 = 25.7 %
        var fixed = post(page + "/eligibility").with(as("member")).with(csrf());
        form.forEach(fixed::param);
        mvc.perform(fixed)
                .andExpect(content().string(containsString("The consortium and budget meet every eligibility rule.")))
                .andExpect(content().string(not(containsString("✗"))));
        // Without the partnership letter the submission is refused and says what is missing.
        var submit = post(page + "/submit").with(as("member")).with(csrf());
        form.forEach(submit::param);
        mvc.perform(submit)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The application was not submitted")));
        long docType = repo.docTypes(openCall()).get(0).id();
        mvc.perform(multipart(page + "/documents")
                        .file(new MockMultipartFile("file", "letter.exe", "application/octet-stream", new byte[] {1}))
                        .param("docTypeId", "" + docType)
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.document.type"));
        mvc.perform(multipart(page + "/documents")
                        .file(new MockMultipartFile("file", "letter.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("docTypeId", "" + docType)
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.document.uploaded"));
        var again = post(page + "/submit").with(as("member")).with(csrf());
        form.forEach(again::param);
        mvc.perform(again)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "funding.application.submitted"));
        mvc.perform(get(page + "/versions/1").with(as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 1 of this application was received")))
                .andExpect(content().string(containsString("Temperature sensors and alerts")))
                .andExpect(content().string(containsString("letter.pdf")));
        // Locked after submission.
        mvc.perform(post(page).param("summary", "changed").with(as("member")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A submitted application cannot be changed")));
        // Reopened, changed and submitted again: version 2, both copies kept.
        mvc.perform(post(page + "/reopen").with(as("member")).with(csrf()))
                .andExpect(flash().attribute("success", "funding.application.reopened"));
        mvc.perform(post(page + "/submit").with(as("member")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(repo.submissions(id)).extracting(s -> s.version()).containsExactly(1, 2);
        assertThat(repo.submissions(id)).allMatch(s -> s.eligible());
    }

    @Test
    void aSubmissionOneSecondAfterClosingIsRefused() throws Exception {
        long id = startApplication("Late sensors");
        long lead = org("Kimaro Greens Ltd");
        repo.updateForm(id, "Late sensors", "s", "o", "w", new BigDecimal("1000"));
        repo.setCost(id, lead, org.clusterworks.funding.core.Domain.CostCategory.OTHER, new BigDecimal("5000"));
        repo.replaceDocument(
                id, repo.docTypes(openCall()).get(0).id(), "l.pdf", "application/pdf", new byte[] {1}, null);
        var call = repo.call(ws(), openCall()).orElseThrow();
        var ws = new CurrentWorkspace(ws(), "demo", "Demo", WorkspaceRole.MEMBER);
        var member = new AuthenticatedUser(userId("member"), "member", "member", false);
        Instant late = call.closes().plusSeconds(1);
        try {
            applications.submit(ws, member, id, late);
            throw new AssertionError("a late submission was accepted");
        } catch (InvalidInput e) {
            assertThat(e.errors()).containsEntry("deadline", "funding.submit.closed");
        }
        assertThat(repo.submissions(id)).isEmpty();
        // The closing second itself is still in time (17:00:00 in Dar es Salaam).
        assertThat(call.closesLocal().toLocalTime().toString()).isEqualTo("17:00");
        assertThat(applications.submit(ws, member, id, call.closes())).isEqualTo(1);
    }

    @Test
    void afterTheCallClosesTheServerRefusesTheSubmission() throws Exception {
        // The officer opens a call that is open now, the member starts a draft, the officer moves the closing into
        // the past: the submit button's request is refused by the server.
        ZoneId zone = ZoneId.of("Europe/Paris");
        LocalDateTime now = LocalDateTime.now(zone).withNano(0);
        var created = mvc.perform(post(W + "/calls")
                        .param("programme", "Regional fund")
                        .param("titleEn", "Short call")
                        .param("currency", "EUR")
                        .param("budget", "100000")
                        .param("maxGrant", "50000")
                        .param("cofinancingPct", "0")
                        .param("timeZone", zone.getId())
                        .param("opens", now.minusDays(1).toString())
                        .param("closes", now.plusDays(1).toString())
                        .param("scaleMin", "0")
                        .param("scaleMax", "10")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String callUrl = created.getResponse().getRedirectedUrl();
        long call = Long.parseLong(callUrl.substring(callUrl.lastIndexOf('/') + 1));
        var r = mvc.perform(post(W + "/calls/" + call + "/applications")
                        .with(as("member"))
                        .with(csrf()))
                .andReturn();
        String appUrl = r.getResponse().getRedirectedUrl();
        long id = Long.parseLong(appUrl.substring(appUrl.lastIndexOf('/') + 1));
        repo.updateForm(id, "Short", "s", "o", "w", new BigDecimal("10"));
        mvc.perform(post(W + "/calls/" + call)
                        .param("programme", "Regional fund")
                        .param("titleEn", "Short call")
                        .param("currency", "EUR")
                        .param("budget", "100000")
                        .param("maxGrant", "50000")
                        .param("cofinancingPct", "0")
                        .param("timeZone", zone.getId())
                        .param("opens", now.minusDays(1).toString())
                        .param("closes", now.minusMinutes(1).toString())
                        .param("scaleMin", "0")
                        .param("scaleMax", "10")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(W + "/applications/" + id + "/submit")
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The call is closed: submissions are no longer accepted.")));
        assertThat(repo.submissions(id)).isEmpty();
        mvc.perform(get(W + "/calls/" + call).with(as("member")))
                .andExpect(content().string(not(containsString("Start an application"))));
    }

    @Test
    void anApplicantCannotSeeAnotherOrganisationsApplication() throws Exception {
        long other = appId("Biological pest control for Arumeru tomato growers");
        mvc.perform(get(W + "/applications/" + other).with(as("member"))).andExpect(status().isNotFound());
        mvc.perform(get(W + "/applications/" + other).with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/demo/applications/" + other + "/eligibility")
                        .with(bearer("member")))
                .andExpect(status().isNotFound());
        long own = appId("Shared cold-chain hub at Usa River");
        mvc.perform(get(W + "/applications/" + own).with(as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Awarded")));
        mvc.perform(post(W + "/applications/" + other + "/partners")
                        .param("organisationId", "" + org("Kimaro Greens Ltd"))
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReviewerLinkedToAPartnerCannotSeeOrScoreThatApplication() throws Exception {
        // The manager works for the cluster association, a partner of the pest-control application: they see it as
        // a partner, but get no review form, cannot declare or score, and it is not in their list to review.
        long conflicted = appId("Biological pest control for Arumeru tomato growers");
        mvc.perform(get(W + "/applications/" + conflicted).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"review\""))));
        var criterion = repo.criteria(closedCall()).get(0).id();
        mvc.perform(post(W + "/applications/" + conflicted + "/declaration")
                        .param("conflict", "false")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(W + "/applications/" + conflicted + "/scores")
                        .param("score_" + criterion, "5")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(repo.scores(conflicted)).noneMatch(s -> s.userId() == userId("manager"));
        // The other reviewer gets the review form.
        mvc.perform(get(W + "/applications/" + conflicted).with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review\"")));
        String home = mvc.perform(get(W).with(as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String toReview = home.substring(home.indexOf("id=\"to-review\""));
        assertThat(toReview).contains("Shared cold-chain hub at Usa River").doesNotContain("Biological pest control");
        // The ineligible application is not put before the reviewers.
        mvc.perform(get(W + "/applications/" + appId("Avocado export certification"))
                        .with(as("analyst")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReviewerWhoDeclaresAConflictLosesTheApplication() throws Exception {
        long id = appId("Solar drying of fruit at Karatu");
        assertThat(repo.conflict(id, userId("analyst"))).isPresent();
        // A fresh reviewer (the officer's colleague 'viewer') is added and assigned, declares a conflict and loses it.
        repo.addReviewer(closedCall(), userId("viewer"));
        flow.assign(id, userId("viewer"), null);
        mvc.perform(get(W + "/applications/" + id).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("declare whether you have a conflict")));
        var criterion = repo.criteria(closedCall()).get(0).id();
        mvc.perform(post(W + "/applications/" + id + "/scores")
                        .param("score_" + criterion, "3")
                        .with(as("viewer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.review.declare-first"));
        mvc.perform(post(W + "/applications/" + id + "/declaration")
                        .param("conflict", "true")
                        .param("note", "Family member at Karatu")
                        .with(as("viewer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.review.withdrawn"));
        mvc.perform(get(W + "/applications/" + id).with(as("viewer"))).andExpect(status().isNotFound());
        flow.unassign(id, userId("viewer"));
        repo.removeReviewer(closedCall(), userId("viewer"));
    }

    @Test
    void theRankingMatchesTheWeightedMeansComputedFromTheStoredScores() throws Exception {
        // Independent computation: per reviewer sum(weight * score) / sum(weight), then the mean over reviewers.
        Map<Long, BigDecimal> weights = new HashMap<>();
        jdbc.sql("select id, weight from funding_criterion where call_id = :c")
                .param("c", closedCall())
                .query((rs, n) -> weights.put(rs.getLong(1), rs.getBigDecimal(2)))
                .list();
        BigDecimal totalWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> expected = new HashMap<>();
        for (String title : List.of(
                "Shared cold-chain hub at Usa River",
                "Biological pest control for Arumeru tomato growers",
                "Solar drying of fruit at Karatu")) {
            Map<Long, BigDecimal> perReviewer = new HashMap<>();
            jdbc.sql("select user_id, criterion_id, score from funding_score where application_id = :a")
                    .param("a", appId(title))
                    .query((rs, n) -> perReviewer.merge(
                            rs.getLong(1),
                            weights.get(rs.getLong(2)).multiply(BigDecimal.valueOf(rs.getInt(3))),
                            BigDecimal::add))
                    .list();
            BigDecimal mean = perReviewer.values().stream()
                    .map(v -> v.divide(totalWeight, 6, RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(perReviewer.size()), 3, RoundingMode.HALF_UP);
            expected.put(title, mean);
        }
        // Hand check of the demo: (30*5+30*4+20*4+20*4)/100 = 4.3 and (30*4+30*5+20*4+20*3)/100 = 4.1 -> 4.2.
        assertThat(expected.get("Shared cold-chain hub at Usa River")).isEqualByComparingTo("4.2");
        String html = mvc.perform(get(W + "/calls/" + closedCall() + "/panel").with(as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int first = html.indexOf("Shared cold-chain hub at Usa River");
        int second = html.indexOf("Biological pest control for Arumeru tomato growers");
        int third = html.indexOf("Solar drying of fruit at Karatu");
        assertThat(first).isPositive().isLessThan(second);
        assertThat(second).isLessThan(third);
        for (var e : expected.entrySet()) {
            assertThat(html)
                    .contains(e.getValue().setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        assertThat(expected.get("Biological pest control for Arumeru tomato growers"))
                .isGreaterThan(expected.get("Solar drying of fruit at Karatu"));
    }

    @Test
    void onlyTheProgrammeDecides() throws Exception {
        long id = appId("Solar drying of fruit at Karatu");
        for (String user : List.of("member", "manager", "analyst", "viewer")) {
            mvc.perform(post(W + "/applications/" + id + "/decision")
                            .param("decision", "AWARDED")
                            .param("reason", "I like it")
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get(W + "/calls/" + closedCall() + "/panel").with(as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(repo.application(ws(), id).orElseThrow().decision().name()).isEqualTo("REJECTED");
        // Awarding the reserve application would exceed the budget (36 + 30 > 60 million): refused.
        long reserve = appId("Biological pest control for Arumeru tomato growers");
        mvc.perform(post(W + "/applications/" + reserve + "/decision")
                        .param("decision", "AWARDED")
                        .param("reason", "Budget found")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.decision.over-budget"));
        // An ineligible application cannot be awarded.
        mvc.perform(post(W + "/applications/" + appId("Avocado export certification") + "/decision")
                        .param("decision", "AWARDED")
                        .param("reason", "x")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.decision.ineligible"));
    }

    @Test
    void theDecisionLetterIsAPdfInThreeLanguages() throws Exception {
        long id = appId("Shared cold-chain hub at Usa River");
        for (String lang : List.of("en", "fr", "sw")) {
            var r = mvc.perform(get(W + "/applications/" + id + "/letter.pdf")
                            .param("lang", lang)
                            .with(as("member")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(r.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(r.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        }
        // A reviewer does not get the applicant's letter.
        mvc.perform(get(W + "/applications/" + id + "/letter.pdf").with(as("analyst")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theGrantTracksMilestonesPaymentsAndTheDashboardAddsThemUp() throws Exception {
        long grant = repo.grantOf(appId("Shared cold-chain hub at Usa River"))
                .orElseThrow()
                .id();
        mvc.perform(get(W + "/grants/" + grant).with(as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cold room installed and commissioned")))
                .andExpect(content().string(containsString("12,000,000 TZS")));
        mvc.perform(get(W + "/grants/" + grant).with(as("viewer"))).andExpect(status().isNotFound());
        // Payments cannot exceed the grant: 36 million awarded, 12 paid, 25 more refused.
        mvc.perform(post(W + "/grants/" + grant + "/payments")
                        .param("paidOn", "2026-11-24")
                        .param("amount", "25000000")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.grant.over-paid"));
        mvc.perform(post(W + "/grants/" + grant + "/payments")
                        .param("paidOn", "2026-11-24")
                        .param("amount", "1000")
                        .with(as("member"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        BigDecimal committed = jdbc.sql("select sum(amount) from funding_grant where workspace_id = :w")
                .param("w", ws())
                .query(BigDecimal.class)
                .single();
        BigDecimal paid = jdbc.sql(
                        "select sum(p.amount) from funding_payment p join funding_grant g on g.id = p.grant_id"
                                + " where g.workspace_id = :w")
                .param("w", ws())
                .query(BigDecimal.class)
                .single();
        mvc.perform(get(W + "/dashboard").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(String.format("%,d", committed.longValue()))))
                .andExpect(content().string(containsString(String.format("%,d", paid.longValue()))));
        mvc.perform(get(W + "/dashboard").with(as("member"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiCreatesAnApplicationAndNamesBadFields() throws Exception {
        String url = "/api/v1/workspaces/demo/calls/" + openCall() + "/applications";
        mvc.perform(post(url)
                        .contentType("application/json")
                        .content("{\"title\":\"\",\"partners\":[{\"organisationId\":987654321},"
                                + "{\"organisationId\":" + org("Tengeru Seedlings Co.") + ",\"costs\":{\"FOOD\":5}}]}")
                        .with(bearer("member")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("partners[0].organisationId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("partners[1].costs.FOOD")));
        var created = mvc.perform(post(url)
                        .contentType("application/json")
                        .content("{\"title\":\"Seedling nursery app\",\"requested\":5000000,\"partners\":["
                                + "{\"organisationId\":" + org("Kimaro Greens Ltd")
                                + ",\"costs\":{\"PERSONNEL\":4000000}},"
                                + "{\"organisationId\":" + org("Tengeru Seedlings Co.")
                                + ",\"costs\":{\"equipment\":3000000}}]}")
                        .with(bearer("member")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lead").value("Kimaro Greens Ltd"))
                .andExpect(jsonPath("$.eligibilityFindings[?(@.rule == 'MIN_PARTNERS')].passed")
                        .value(hasItem(false)))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(get(location + "/eligibility").with(bearer("member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[?(@.rule == 'MIN_COFINANCING')].passed")
                        .value(hasItem(true)));
        mvc.perform(post(url)
                        .contentType("application/json")
                        .content("{\"title\":\"x\"}")
                        .with(bearer("viewer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficerConfiguresACallThroughItsForms() throws Exception {
        mvc.perform(get(W + "/calls/new").with(as("officer"))).andExpect(status().isOk());
        // Bad input: every field named.
        mvc.perform(post(W + "/calls")
                        .param("programme", "P")
                        .param("titleEn", "Bad call")
                        .param("currency", "shillings")
                        .param("budget", "100")
                        .param("maxGrant", "200")
                        .param("cofinancingPct", "150")
                        .param("timeZone", "Mars/Olympus")
                        .param("opens", "2026-13-01T09:00")
                        .param("closes", "")
                        .param("scaleMin", "0")
                        .param("scaleMax", "5")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a three-letter currency code")))
                .andExpect(content().string(containsString("The maximum grant cannot exceed the call")))
                .andExpect(content().string(containsString("Enter a percentage between 0 and 100.")))
                .andExpect(content().string(containsString("Enter a time zone name")));
        long call = closedCall();
        String base = W + "/calls/" + call;
        mvc.perform(get(base).with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A consortium of at least 3 organisations.")))
                .andExpect(content().string(containsString("The lead applicant lies in TZ-01.")))
                .andExpect(content()
                        .string(containsString(
                                "The lead applicant must be an active member of Arusha Horticulture Cluster.")))
                .andExpect(content().string(containsString("2026")))
                .andExpect(content().string(containsString("17:00:00 (Africa/Dar_es_Salaam)")));
        mvc.perform(get(base + "/edit").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("T17:00")));
        int rules = repo.rules(call).size();
        mvc.perform(post(base + "/rules")
                        .param("kind", "MIN_SMES")
                        .param("min-smes.min", "none")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "funding.call.config-invalid"))
                .andExpect(flash().attribute("errors", Map.of("min", "funding.rule.error.positive-integer")));
        mvc.perform(post(base + "/rules")
                        .param("kind", "MIN_SMES")
                        .param("min-smes.min", "2")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.call.saved"));
        var added = repo.rules(call).getLast();
        assertThat(repo.rules(call)).hasSize(rules + 1);
        assertThat(added.rule().parameters()).containsEntry("min", "2");
        mvc.perform(post(base + "/rules/" + added.id() + "/delete")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "funding.call.saved"));
        assertThat(repo.rules(call)).hasSize(rules);
        mvc.perform(post(base + "/documents")
                        .param("docName", "Budget sheet")
                        .param("extensions", "xlsx; exe!")
                        .param("maxMb", "5")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("extensions", "funding.error.extensions")));
        mvc.perform(post(base + "/criteria")
                        .param("criterionName", "Gender")
                        .param("weight", "0")
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("weight", "funding.error.percent")));
        mvc.perform(post(base + "/reviewers")
                        .param("reviewer", "" + userId("other"))
                        .with(as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("reviewer", "funding.reviewer.unknown")));
        mvc.perform(get(base).with(as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add an eligibility rule"))));
    }

    @Test
    void theDashboardWorkbookHasOneRowPerApplication() throws Exception {
        byte[] xlsx = mvc.perform(get(W + "/dashboard.xlsx").with(as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        int applicationsNow = jdbc.sql("select count(*) from funding_application where workspace_id = :w")
                .param("w", ws())
                .query(Integer.class)
                .single();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("application");
            // Other tests of this class may add applications meanwhile: at least those counted before reading.
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(applicationsNow);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(1).getStringCellValue().equals("Shared cold-chain hub at Usa River")) {
                    found = true;
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Kimaro Greens Ltd");
                    assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(4.2);
                    assertThat(row.getCell(11).getStringCellValue()).isEqualTo("AWARDED");
                    assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(36_000_000d);
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get(W + "/dashboard.xlsx").with(as("member"))).andExpect(status().isForbidden());
    }
}

package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan, joint actions, events and matchmaking through the web: the demo plan's pages and exports, building an
 * action line with budget validation named per field, who may do what (MANAGE_INITIATIVES edits the plan,
 * CONTRIBUTE members register their own people and post offers), and the REST API.
 */
@WebTest
class PlanningJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Plans plans;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    InitiativeSummary arusha() {
        return initiatives.all(demo()).stream()
                .filter(i -> i.name().equals("Arusha Horticulture Cluster"))
                .findFirst()
                .orElseThrow();
    }

    String base() {
        return "/w/demo/initiatives/" + arusha().id();
    }

    long org(String name) {
        return stakeholders.byName(demo(), name).orElseThrow().id();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder form(String user, String path) {
        return post(path).with(users.as(user)).with(csrf());
    }

    @Test
    void theDemoPlanHasAVisionObjectivesAndAtLeastEightActionLinesWithBudgetsAndMilestones() throws Exception {
        var lines = plans.actionLines(demo(), arusha().id());
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        assertThat(plans.objectives(demo(), arusha().id())).hasSizeBetween(3, 4);
        assertThat(lines).allSatisfy(l -> assertThat(l.budget()).isNotNull());
        // Three seeded by the plan demo, plus one per grant the funding demo awarded (GrantAwarded).
        assertThat(plans.jointActions(demo(), arusha().id())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(plans.events(demo(), arusha().id())).hasSize(2);
        String html = page("analyst", base() + "/plan");
        assertThat(html).contains("East Africa", "Meet export quality standards together", "A2.1");
        // Every demo line's shares stay within the budget.
        for (var l : lines) {
            var total = l.funderSharesPct().values().stream().reduce(l.membersSharePct(), java.math.BigDecimal::add);
            assertThat(total).as(l.code()).isLessThanOrEqualTo(new java.math.BigDecimal("100"));
        }
    }

    @Test
    void everyPlanningPageRendersForTheManagerAndTheMember() throws Exception {
        long line = plans.actionLines(demo(), arusha().id()).get(0).id();
        long joint = plans.jointActions(demo(), arusha().id()).get(0).id();
        long event = plans.events(demo(), arusha().id()).get(0).id();
        for (String user : List.of("manager", "member")) {
            page(user, "/w/demo/planning");
            page(user, base() + "/plan");
            page(user, base() + "/plan/lines/" + line);
            page(user, base() + "/plan/golden-thread");
            assertThat(page(user, base() + "/plan/timeline")).contains("gantt-bar", "A1.1");
            page(user, base() + "/plan/versions");
            page(user, base() + "/joint-actions");
            page(user, base() + "/joint-actions/" + joint);
            page(user, base() + "/events");
            page(user, base() + "/events/" + event);
            page(user, "/w/demo/matchmaking");
        }
        page("manager", base() + "/plan/lines/new");
        page("manager", base() + "/plan/lines/" + line + "/edit");
        String compared = page("analyst", base() + "/plan/versions?from=1&to=2");
        assertThat(compared).contains("420000000", "380000000", ">Delayed<").doesNotContain(">DELAYED<", ">ONGOING<");
    }

    @Test
    void thePlanExportsAsAPdfAndAnXlsxListingEveryActionLine() throws Exception {
        var lines = plans.actionLines(demo(), arusha().id());
        byte[] pdf = mvc.perform(get(base() + "/plan/export.pdf").with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (var l : lines) {
                assertThat(text).contains(l.code());
            }
        }
        byte[] xlsx = mvc.perform(get(base() + "/plan/export.xlsx").with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(1);
            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size());
            double budget = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                budget += sheet.getRow(r).getCell(6).getNumericCellValue();
            }
            double expected =
                    lines.stream().mapToDouble(l -> l.budget().doubleValue()).sum();
            assertThat(budget).isEqualTo(expected);
        }
    }

    @Test
    void anActionLineWhoseSharesPassTheBudgetIsRefusedNamingTheFields() throws Exception {
        String html = mvc.perform(form("manager", base() + "/plan/lines")
                        .param("title", "Over-financed line")
                        .param("startDate", "2027-06-01")
                        .param("endDate", "2027-01-01")
                        .param("budget", "1000")
                        .param("currency", "TZS")
                        .param("membersSharePct", "60")
                        .param("funderName", "UNIDO", "EU")
                        .param("funderShare", "30", "130"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("The end comes before the start.")
                .contains("Share of funder 2")
                .contains("id=\"endDate-error\"")
                .contains("id=\"funderShare[2]-error\"");
        html = mvc.perform(form("manager", base() + "/plan/lines")
                        .param("title", "Over-financed line")
                        .param("startDate", "2027-01-01")
                        .param("endDate", "2027-06-01")
                        .param("budget", "1000")
                        .param("membersSharePct", "60")
                        .param("funderName", "UNIDO")
                        .param("funderShare", "41"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("more than 100% of the budget").contains("id=\"shares-error\"");
        assertThat(plans.actionLines(demo(), arusha().id()))
                .noneMatch(l -> l.title().equals("Over-financed line"));
    }

    @Test
    void theManagerBuildsAnActionLineThatTheApiAndTheTimelineShow() throws Exception {
        long objective = plans.objectives(demo(), arusha().id()).get(1).id();
        String location = mvc.perform(form("manager", base() + "/plan/lines")
                        .param("objectiveId", Long.toString(objective))
                        .param("title", "Solar dryers for grade-B fruit")
                        .param("ownerOrgId", Long.toString(org("Karatu Fruit Processors")))
                        .param("startDate", "2027-02-01")
                        .param("endDate", "2027-11-30")
                        .param("budget", "24000000")
                        .param("currency", "tzs")
                        .param("membersSharePct", "50")
                        .param("funderName", "UNIDO")
                        .param("funderShare", "50")
                        .param("partnerIds", Long.toString(org("Kilimanjaro Avocado Growers Ltd"))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("/plan/lines/");
        var line = plans.actionLines(demo(), arusha().id()).stream()
                .filter(l -> l.title().equals("Solar dryers for grade-B fruit"))
                .findFirst()
                .orElseThrow();
        assertThat(line.code()).isEqualTo("A2.3");
        assertThat(line.currency()).isEqualTo("TZS");
        assertThat(page("member", base() + "/plan/timeline")).contains("Solar dryers for grade-B fruit");
        String json = mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha().id() + "/action-plan")
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("Solar dryers for grade-B fruit", "\"swotItemIds\"", "\"budget\":24000000");
    }

    @Test
    void membersMayNotEditThePlanAndStrangersDoNotSeeIt() throws Exception {
        mvc.perform(form("member", base() + "/plan/lines").param("title", "x")).andExpect(status().isForbidden());
        mvc.perform(form("member", base() + "/plan/vision").param("statement", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(form("viewer", base() + "/plan/comments").param("body", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base() + "/plan").with(users.as("learner"))).andExpect(status().isNotFound());
        mvc.perform(get("/w/other-agency/initiatives/" + arusha().id() + "/plan")
                        .with(users.as("other")))
                .andExpect(status().isNotFound());
        mvc.perform(form("member", base() + "/plan/comments").param("body", "Add a line on water use, please."))
                .andExpect(status().is3xxRedirection());
        assertThat(page("manager", base() + "/plan")).contains("Add a line on water use, please.", "Esther Kimaro");
    }

    @Test
    void aMemberRegistersTheirOwnPeopleButNotOthersAndOnlyTheManagerRecordsAttendance() throws Exception {
        var event = plans.events(demo(), arusha().id()).stream()
                .filter(e -> e.kind().equals("B2B"))
                .findFirst()
                .orElseThrow();
        var own = stakeholders.peopleOf(demo(), List.of(org("Kimaro Greens Ltd"))).stream()
                .filter(p -> p.fullName().equals("Paulo Kimaro"))
                .findFirst()
                .orElseThrow();
        var foreign = stakeholders
                .peopleOf(demo(), List.of(org("SIDO Arusha Regional Office")))
                .get(0);
        String path = base() + "/events/" + event.id() + "/registrations";
        mvc.perform(form("member", path).param("personId", Long.toString(own.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("member", path).param("personId", Long.toString(foreign.id())))
                .andExpect(status().isForbidden());
        // The member is offered to cancel only the registrations of their own organisation's people.
        String html = page("member", base() + "/events/" + event.id());
        int ownRegistrations = jdbc.sql(
                        "select count(*) from planning_registration where event_id = :e and organisation_id = :o")
                .param("e", event.id())
                .param("o", org("Kimaro Greens Ltd"))
                .query(Integer.class)
                .single();
        assertThat(html.split("/cancel\"", -1).length - 1).isEqualTo(ownRegistrations);
        long reg = jdbc.sql("select id from planning_registration where event_id = :e and person_id = :p")
                .param("e", event.id())
                .param("p", own.id())
                .query(Long.class)
                .single();
        mvc.perform(form("member", path + "/" + reg + "/attendance").param("attended", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(form("manager", path + "/" + reg + "/attendance").param("attended", "true"))
                .andExpect(status().is3xxRedirection());
        var after = plans.events(demo(), arusha().id()).stream()
                .filter(e -> e.id() == event.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.attended()).isEqualTo(event.attended() + 1);
        assertThat(after.registered()).isEqualTo(event.registered() + 1);
        String csv = mvc.perform(get(base() + "/events/" + event.id() + "/attendance.csv")
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Paulo Kimaro,Kimaro Greens Ltd,BUSINESS,MAN");
        assertThat(csv.lines().count()).isEqualTo(1 + after.registered());
    }

    @Test
    void aMemberPublishesARequestAndSeesAnExplainedSuggestion() throws Exception {
        mvc.perform(form("member", "/w/demo/matchmaking/posts")
                        .param("kind", "REQUEST")
                        .param("title", "Seedlings of a blight-resistant tomato")
                        .param("sectorCodes", "01.13, 01.30")
                        .param("valueChainStage", "INPUTS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("viewer", "/w/demo/matchmaking/posts")
                        .param("kind", "OFFER")
                        .param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(form("member", "/w/demo/matchmaking/posts")
                        .param("organisationId", Long.toString(org("SIDO Arusha Regional Office")))
                        .param("kind", "OFFER")
                        .param("title", "x"))
                .andExpect(status().isForbidden());
        String json = mvc.perform(
                        get("/api/v1/workspaces/demo/organisations/" + org("Kimaro Greens Ltd") + "/match-suggestions")
                                .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Agro Inputs' IPM offer (20.20, 01.13, inputs, business like Kimaro, no relationship): 40 + 0 + 20 + 20.
        assertThat(json).contains("Agro Inputs East Africa Ltd");
        assertThat(page("member", "/w/demo/matchmaking")).contains("Seedlings of a blight-resistant tomato");
    }

    @Test
    void submittingThePlanStoresItsPdfAsAnActionPlanDocumentAwaitingEndorsement() throws Exception {
        InitiativeSummary drome = initiatives.all(demo()).stream()
                .filter(i -> !i.name().equals("Arusha Horticulture Cluster"))
                .findFirst()
                .orElseThrow();
        String d = "/w/demo/initiatives/" + drome.id() + "/plan";
        mvc.perform(form("officer", d + "/vision").param("statement", "Drôme food makers export together."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("officer", d + "/submit")).andExpect(status().is3xxRedirection());
        Integer pending = jdbc.sql("select count(*) from endorsement e join initiative_document d on d.id ="
                        + " e.document_id where d.initiative_id = :i and d.kind = 'ACTION_PLAN' and e.status ="
                        + " 'SUBMITTED'")
                .param("i", drome.id())
                .query(Integer.class)
                .single();
        assertThat(pending).isEqualTo(1);
        // The demo endorsed an earlier version; the one just submitted is the latest.
        byte[] stored = jdbc.sql("select v.content from document_version v join initiative_document d on d.id ="
                        + " v.document_id where d.initiative_id = :i and d.kind = 'ACTION_PLAN' order by v.version_no"
                        + " desc fetch first 1 rows only")
                .param("i", drome.id())
                .query(byte[].class)
                .list()
                .get(0);
        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        // A second submission while the first waits is refused, and saves no version.
        int versions = jdbc.sql("select count(*) from planning_plan_version where initiative_id = :i")
                .param("i", drome.id())
                .query(Integer.class)
                .single();
        mvc.perform(form("officer", d + "/submit")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from planning_plan_version where initiative_id = :i")
                        .param("i", drome.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(versions);
    }

    @Test
    void theEventsCalendarHasOneEntryPerEventAtItsTime() throws Exception {
        var events = plans.events(demo(), arusha().id());
        String ics = mvc.perform(get(base() + "/events/calendar.ics").with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics.split("BEGIN:VEVENT", -1).length - 1).isEqualTo(events.size());
        for (var e : events) {
            assertThat(ics)
                    .contains("DTSTART:"
                            + e.startsAt()
                                    .withOffsetSameInstant(java.time.ZoneOffset.UTC)
                                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        }
    }
}

package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
@Import(ApiTokensForTests.class)
class InitiativeJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long org(String name) {
        return stakeholders.byName(demo(), name).orElseThrow().id();
    }

    long initiative(String name) {
        return jdbc.sql("select id from initiative where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    String stage(long id) {
        return jdbc.sql("select stage from initiative where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    long lastId(String table) {
        return jdbc.sql("select max(id) from " + table).query(Long.class).single();
    }

    String base(long id) {
        return "/w/demo/initiatives/" + id;
    }

    void checkAll(RequestPostProcessor who, long id, Stage stage) throws Exception {
        List<Long> items = jdbc.sql("select id from initiative_check where initiative_id = :i and stage = :s")
                .param("i", id)
                .param("s", stage.name())
                .query(Long.class)
                .list();
        for (long item : items) {
            mvc.perform(post(base(id) + "/checklist/" + item)
                            .with(who)
                            .with(csrf())
                            .param("done", "true"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aClusterManagerRunsAnInitiativeFromCreationToTheNextStage() throws Exception {
        var manager = users.as("manager");
        String location = mvc.perform(post("/w/demo/initiatives")
                        .with(manager)
                        .with(csrf())
                        .param("name", "Moshi Coffee Processing Cluster")
                        .param("territoryName", "Kilimanjaro region")
                        .param("clusters", "Coffee processing")
                        .param("funder", "UNIDO")
                        .param("managerFte", "1")
                        .param("targetWomenPct", "30"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/initiatives/(\\d+).*", "$1"));
        assertThat(stage(id)).isEqualTo("SELECTION");

        // Members from the directory.
        mvc.perform(get(base(id) + "/members?q=Kilimanjaro").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kilimanjaro Avocado Growers Ltd")));
        for (String name : List.of(
                "Kilimanjaro Avocado Growers Ltd",
                "SIDO Arusha Regional Office",
                "Tengeru Seedlings Co.",
                "Kaskazini Agri Finance Ltd")) {
            mvc.perform(post(base(id) + "/members")
                            .with(manager)
                            .with(csrf())
                            .param("organisationId", "" + org(name))
                            .param("memberType", "FULL")
                            .param("fee", "100000")
                            .param("currency", "TZS"))
                    .andExpect(flash().attribute("success", "member.added"));
        }
        mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + id + "/members")
                        .with(api.bearer("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(4)))
                .andExpect(jsonPath("$[*].membershipStatus", hasItem("NEW")))
                .andExpect(jsonPath("$[*].helix", hasItem("GOVERNMENT")));

        // A governance body with a seat, a meeting and a decision.
        mvc.perform(post(base(id) + "/bodies")
                        .with(manager)
                        .with(csrf())
                        .param("name", "Moshi Coffee Cluster Commission")
                        .param("kind", "CLUSTER_COMMISSION")
                        .param("seats", "9"))
                .andExpect(flash().attribute("success", "body.added"));
        long body = lastId("governance_body");
        long person = stakeholders
                .peopleOf(demo(), List.of(org("Tengeru Seedlings Co.")))
                .get(0)
                .id();
        mvc.perform(post(base(id) + "/bodies/" + body + "/seats")
                        .with(manager)
                        .with(csrf())
                        .param("personId", "" + person)
                        .param("seatRole", "CHAIR"))
                .andExpect(flash().attribute("success", "seat.added"));
        mvc.perform(get(base(id) + "/governance").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Neema Swai")))
                .andExpect(content().string(containsString("Representation check")));
        mvc.perform(post(base(id) + "/meetings")
                        .with(manager)
                        .with(csrf())
                        .param("bodyId", "" + body)
                        .param("title", "First commission meeting")
                        .param("startsAt", "2030-01-15T10:00")
                        .param("agenda", "1. Rules of procedure"))
                .andExpect(status().is3xxRedirection());
        long meeting = lastId("meeting");
        mvc.perform(post(base(id) + "/meetings/" + meeting + "/minutes")
                        .with(manager)
                        .with(csrf())
                        .param("minutes", "Rules adopted.")
                        .param("present", "" + person))
                .andExpect(flash().attribute("success", "meeting.minutes-saved"));
        mvc.perform(post(base(id) + "/meetings/" + meeting + "/decisions")
                        .with(manager)
                        .with(csrf())
                        .param("text", "Adopt the rules of procedure.")
                        .param("votesFor", "7")
                        .param("votesAgainst", "0")
                        .param("outcome", "ADOPTED"))
                .andExpect(flash().attribute("success", "decision.recorded"));
        mvc.perform(get(base(id) + "/meetings/" + meeting).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adopt the rules of procedure.")));
        mvc.perform(get(base(id)).with(manager))
                .andExpect(content().string(containsString("First commission meeting")));

        // Selection and governance: checklists only.
        checkAll(manager, id, Stage.SELECTION);
        mvc.perform(post(base(id) + "/stage").with(manager).with(csrf()))
                .andExpect(flash().attribute("success", "stage.advanced"));
        checkAll(manager, id, Stage.GOVERNANCE);
        mvc.perform(post(base(id) + "/stage").with(manager).with(csrf()));
        assertThat(stage(id)).isEqualTo("DIAGNOSTIC");

        // The diagnostic needs the commission's endorsement of the report, not only a done checklist.
        checkAll(manager, id, Stage.DIAGNOSTIC);
        mvc.perform(post(base(id) + "/stage").with(manager).with(csrf()))
                .andExpect(flash().attribute("error", "stage.not-complete"));
        assertThat(stage(id)).isEqualTo("DIAGNOSTIC");

        mvc.perform(multipart(base(id) + "/documents")
                        .file(new MockMultipartFile(
                                "file",
                                "diagnostic.txt",
                                "text/plain",
                                "Diagnostic report".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Diagnostic report of the coffee cluster")
                        .param("kind", "DIAGNOSTIC_REPORT")
                        .with(manager)
                        .with(csrf()))
                .andExpect(flash().attribute("success", "document.uploaded-ok"));
        long doc = lastId("initiative_document");
        mvc.perform(post(base(id) + "/documents/" + doc + "/submit")
                        .with(manager)
                        .with(csrf())
                        .param("bodyId", "" + body))
                .andExpect(flash().attribute("success", "endorsement.submitted"));
        long endorsement = lastId("endorsement");
        mvc.perform(post(base(id) + "/endorsements/" + endorsement)
                        .with(manager)
                        .with(csrf())
                        .param("decision", "RETURN"))
                .andExpect(flash().attribute("error", "endorsement.comments-required"));
        mvc.perform(post(base(id) + "/endorsements/" + endorsement)
                        .with(manager)
                        .with(csrf())
                        .param("decision", "RETURN")
                        .param("comments", "Add the value chain map."))
                .andExpect(flash().attribute("success", "endorsement.decided"));
        mvc.perform(multipart(base(id) + "/documents/" + doc + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "diagnostic-v2.txt",
                                "text/plain",
                                "Diagnostic report v2".getBytes(StandardCharsets.UTF_8)))
                        .with(manager)
                        .with(csrf()))
                .andExpect(flash().attribute("success", "document.version-added"));
        mvc.perform(post(base(id) + "/documents/" + doc + "/submit")
                .with(manager)
                .with(csrf())
                .param("bodyId", "" + body));
        long second = lastId("endorsement");
        mvc.perform(post(base(id) + "/endorsements/" + second)
                        .with(manager)
                        .with(csrf())
                        .param("decision", "ENDORSE")
                        .param("meetingId", "" + meeting))
                .andExpect(flash().attribute("success", "endorsement.decided"));
        mvc.perform(get(base(id) + "/documents").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Returned with comments")))
                .andExpect(content().string(containsString("diagnostic-v2.txt")));
        mvc.perform(get(base(id) + "/documents/" + doc + "/versions/1").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string("Diagnostic report"));

        mvc.perform(post(base(id) + "/stage").with(manager).with(csrf()))
                .andExpect(flash().attribute("success", "stage.advanced"));
        mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + id).with(api.bearer("manager")))
                .andExpect(jsonPath("$.stage", is("VISION_ACTION_PLAN")));
    }

    @Test
    void membersSeeTheirInitiativeButMayNotChangeIt() throws Exception {
        long arusha = initiative("Arusha Horticulture Cluster");
        long drome = initiative("Drôme-Ardèche Agri-Food Cluster");
        var member = users.as("member");
        mvc.perform(get(base(arusha)).with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arusha Horticulture Cluster")))
                .andExpect(content().string(not(containsString("Complete this stage"))));
        mvc.perform(get(base(drome)).with(member)).andExpect(status().isNotFound());
        mvc.perform(get("/w/demo/organisations/" + org("Kimaro Greens Ltd")).with(member))
                .andExpect(content().string(containsString("Cluster initiatives it belongs to")))
                .andExpect(content().string(containsString(">Arusha Horticulture Cluster<")));
        mvc.perform(get("/w/demo/organisations/" + org("Karatu Fruit Processors"))
                        .with(member))
                .andExpect(content().string(containsString("Manufacture of fruit and vegetable juice")));
        mvc.perform(get("/w/demo/organisations/" + org("Fromagerie du Vercors")).with(member))
                .andExpect(content().string(not(containsString("Drôme-Ardèche Agri-Food Cluster"))));
        mvc.perform(post(base(arusha)).with(member).with(csrf()).param("name", "Renamed"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(arusha) + "/stage").with(member).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base(arusha) + "/members")
                        .with(member)
                        .with(csrf())
                        .param("organisationId", "" + org("Fromagerie du Vercors")))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(arusha) + "/bodies").with(member).with(csrf()).param("name", "Shadow board"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from initiative where id = :id")
                        .param("id", arusha)
                        .query(String.class)
                        .single())
                .isEqualTo("Arusha Horticulture Cluster");
    }

    @Test
    void managersEditOnlyTheirOwnInitiativeAndOfficersSeeAll() throws Exception {
        long drome = initiative("Drôme-Ardèche Agri-Food Cluster");
        mvc.perform(get(base(drome)).with(users.as("manager"))).andExpect(status().isNotFound());
        mvc.perform(post(base(drome) + "/stage").with(users.as("manager")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/w/demo/initiatives").with(users.as("officer")))
                .andExpect(content().string(containsString("Drôme-Ardèche Agri-Food Cluster")))
                .andExpect(content().string(containsString("Arusha Horticulture Cluster")));
        mvc.perform(get("/w/demo/initiatives").with(users.as("manager")))
                .andExpect(content().string(containsString("Arusha Horticulture Cluster")))
                .andExpect(content().string(not(containsString("Drôme-Ardèche Agri-Food Cluster"))));
        mvc.perform(get(base(drome) + "/edit").with(users.as("officer"))).andExpect(status().isOk());
        mvc.perform(get(base(drome) + "/members.csv").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fromagerie du Vercors")));
        long arusha = initiative("Arusha Horticulture Cluster");
        mvc.perform(get(base(arusha) + "/members.csv").with(users.as("member"))).andExpect(status().isForbidden());
        mvc.perform(get(base(arusha) + "/governance").with(users.as("member")))
                .andExpect(content().string(containsString("Register of decisions")))
                .andExpect(content().string(containsString("Adopt the rules of procedure of the cluster commission.")));
        mvc.perform(post("/w/demo/initiatives")
                        .with(users.as("viewer"))
                        .with(csrf())
                        .param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/w/demo/initiatives").with(users.as("other"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + drome).with(api.bearer("other")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRejectedWithTheFieldAndTheProblem() throws Exception {
        var manager = users.as("manager");
        mvc.perform(post("/w/demo/initiatives")
                        .with(manager)
                        .with(csrf())
                        .param("name", " ")
                        .param("managerFte", "lots")
                        .param("targetWomenPct", "140"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("must be a number")))
                .andExpect(content().string(containsString("is out of range")));
        long arusha = initiative("Arusha Horticulture Cluster");
        mvc.perform(post(base(arusha) + "/members").with(manager).with(csrf()).param("organisationId", "999999"))
                .andExpect(
                        flash().attribute("memberErrors", java.util.Map.of("organisationId", "input.unknown-choice")));
        mvc.perform(post(base(arusha) + "/members")
                        .with(manager)
                        .with(csrf())
                        .param("organisationId", "" + org("Kimaro Greens Ltd")))
                .andExpect(flash().attribute("memberErrors", java.util.Map.of("organisationId", "member.already")));
        long body = jdbc.sql("select min(id) from governance_body where initiative_id = :i")
                .param("i", arusha)
                .query(Long.class)
                .single();
        mvc.perform(post(base(arusha) + "/meetings")
                        .with(manager)
                        .with(csrf())
                        .param("bodyId", "" + body)
                        .param("title", "Bad date")
                        .param("startsAt", "next tuesday"))
                .andExpect(flash().attribute("meetingErrors", java.util.Map.of("startsAt", "input.date-time")));
    }

    @Test
    void theDemoHoldsARealisticInitiativeWithGovernanceAndAnEndorsedDocument() throws Exception {
        long arusha = initiative("Arusha Horticulture Cluster");
        mvc.perform(get("/api/v1/workspaces/demo/initiatives").with(api.bearer("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha).with(api.bearer("officer")))
                .andExpect(jsonPath("$.stage", is("DIAGNOSTIC")))
                .andExpect(jsonPath("$.activeMembers", greaterThanOrEqualTo(20)));
        var members = mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha + "/members")
                        .with(api.bearer("officer")))
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(20)))
                .andExpect(jsonPath("$[0].id").exists())
                .andExpect(jsonPath("$[0].name").exists())
                .andExpect(jsonPath("$[0].helix").exists())
                .andExpect(jsonPath("$[0].membershipStatus").exists())
                .andExpect(jsonPath("$[*].membershipStatus", hasItem("GRACE")))
                .andExpect(jsonPath("$[*].membershipStatus", hasItem("EXPIRED")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long helixRoles = java.util.stream.Stream.of(
                        "BUSINESS", "RESEARCH_EDUCATION", "GOVERNMENT", "CIVIL_SOCIETY", "FINANCE", "BUSINESS_SUPPORT")
                .filter(h -> members.contains("\"" + h + "\""))
                .count();
        assertThat(helixRoles).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from endorsement where initiative_id = :i and status = 'ENDORSED'")
                        .param("i", arusha)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        mvc.perform(get(base(arusha)).with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vision and action plan workshop")))
                // The draft action plan the demo submitted is no longer pending: the planning demo has the
                // commission return it and endorse the plan (see PlanEndorsementTest).
                .andExpect(content().string(not(containsString("Vision and action plan (draft) (version"))))
                .andExpect(content().string(containsString("Arumeru Onion Traders: membership ends")));
        mvc.perform(get(base(arusha) + "/profile").with(users.as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("meets the profile criteria")));
        mvc.perform(get(base(initiative("Drôme-Ardèche Agri-Food Cluster")) + "/profile")
                        .with(users.as("officer")))
                .andExpect(content().string(containsString("more committed members needed")));
    }

    @Test
    void mergingAMemberOrganisationKeepsItsMembership() throws Exception {
        var manager = users.as("manager");
        long arusha = initiative("Arusha Horticulture Cluster");
        mvc.perform(post("/w/demo/organisations")
                .with(manager)
                .with(csrf())
                .param("name", "Usa River Herbs Ltd")
                .param("helix", "BUSINESS")
                .param("city", "Usa River"));
        mvc.perform(post("/w/demo/organisations")
                .with(manager)
                .with(csrf())
                .param("name", "Usa River Herbs Limited")
                .param("helix", "BUSINESS")
                .param("city", "Usa River"));
        long kept = org("Usa River Herbs Ltd");
        long merged = org("Usa River Herbs Limited");
        mvc.perform(post(base(arusha) + "/members").with(manager).with(csrf()).param("organisationId", "" + merged))
                .andExpect(flash().attribute("success", "member.added"));
        mvc.perform(post("/w/demo/organisations/merge")
                        .with(manager)
                        .with(csrf())
                        .param("kept", "" + kept)
                        .param("merged", "" + merged))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select count(*) from initiative_membership where initiative_id = :i and organisation_id = :o")
                        .param("i", arusha)
                        .param("o", kept)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}

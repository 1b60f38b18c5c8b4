package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Endorsements;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan page tells where the plan stands with governance, read through {@code Initiatives.latestEndorsement}: the
 * demo Arusha plan went through the commission (draft returned, plan endorsed), and the versions page says which plan
 * version was submitted as which document version.
 */
@WebTest
class PlanEndorsementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Endorsements endorsements;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    InitiativeSummary initiative(String name) {
        return initiatives.all(demo()).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDemoArushaPlanShowsWhoEndorsedItAndWhen() throws Exception {
        var arusha = initiative("Arusha Horticulture Cluster");
        var state = initiatives
                .latestEndorsement(demo(), arusha.id(), EndorsedDocument.ACTION_PLAN)
                .orElseThrow();
        assertThat(state.endorsed()).isTrue();
        // The draft the initiatives demo submitted was returned first, so the endorsed PDF is document version 2.
        assertThat(state.versionNo()).isEqualTo(2);
        String html = page("member", "/w/demo/initiatives/" + arusha.id() + "/plan");
        String day = state.decidedAt().format(DateTimeFormatter.ISO_LOCAL_DATE);
        assertThat(html)
                .contains(
                        "Version 2 of the plan document was endorsed by Arusha Horticulture Cluster Commission"
                                + " (Commission secretary) on " + day + ".",
                        ">Endorsed<");
        String versions = page("member", "/w/demo/initiatives/" + arusha.id() + "/plan/versions");
        assertThat(versions).contains("Submitted as document version 2");
        int submitted = jdbc.sql("select version_no from planning_plan_version where initiative_id = :i and"
                        + " document_version = 2")
                .param("i", arusha.id())
                .query(Integer.class)
                .single();
        assertThat(submitted).isEqualTo(3);
    }

    @Test
    void theDemoDromePlanWasEndorsedByItsBoardWithAtLeastEightActionLines() throws Exception {
        var drome = initiative("Drôme-Ardèche Agri-Food Cluster");
        // Other tests may submit the Drôme plan again, so read the board's endorsement itself, not the latest state.
        var endorsed = jdbc.sql("select e.version_no, b.name from endorsement e join initiative_document d on d.id ="
                        + " e.document_id join governance_body b on b.id = e.body_id where d.initiative_id = :i and"
                        + " d.kind = 'ACTION_PLAN' and e.status = 'ENDORSED'")
                .param("i", drome.id())
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)})
                .list();
        assertThat(endorsed).hasSize(1);
        assertThat(endorsed.get(0)[1]).isEqualTo("Board of the Drôme-Ardèche Agri-Food Cluster");
        // The plan version submitted as that document version holds the lines the board endorsed.
        String snapshot = jdbc.sql("select snapshot from planning_plan_version where initiative_id = :i and"
                        + " document_version = :v")
                .param("i", drome.id())
                .param("v", endorsed.get(0)[0])
                .query(String.class)
                .single();
        var lines = JsonMapper.builder().build().readTree(snapshot).get("lines");
        assertThat(lines.size()).isGreaterThanOrEqualTo(8);
        var codes = new java.util.HashSet<String>();
        lines.forEach(l -> {
            codes.add(l.get("code").asString());
            assertThat(l.get("budget").isNull()).isFalse();
            assertThat(l.get("owner").asString()).isNotBlank();
        });
        assertThat(codes).hasSize(lines.size());
    }

    @Test
    void aPlanNeverSubmittedSaysSoAndNothingPendingCannotBeDecided() throws Exception {
        long ws = demo();
        jdbc.sql("insert into initiative (workspace_id, name, stage, created_at, updated_at) values (:w, 'Never"
                        + " submitted cluster', 'VISION_ACTION_PLAN', current_timestamp, current_timestamp)")
                .param("w", ws)
                .update();
        var fresh = initiatives.all(ws).stream()
                .filter(i -> i.name().equals("Never submitted cluster"))
                .findFirst()
                .orElseThrow();
        assertThat(page("admin", "/w/demo/initiatives/" + fresh.id() + "/plan"))
                .contains("The plan has not been submitted for endorsement yet.");
        assertThatThrownBy(() ->
                        endorsements.decide(ws, fresh.id(), EndorsedDocument.ACTION_PLAN, true, "Secretary", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.errors()).containsKey("document"));
    }
}

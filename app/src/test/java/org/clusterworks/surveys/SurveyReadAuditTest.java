package org.clusterworks.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reading confidential answers, one respondent's or a round's raw export, leaves an entry on the audit trail. */
@WebTest
@Import(ApiTokensForTests.class)
class SurveyReadAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    JdbcClient jdbc;

    record Entry(String actor, String action, String entityId, String summary) {}

    List<Entry> trailAfter(long id) {
        return jdbc.sql("select actor_name, action, entity_id, summary from audit_event where id > :id and"
                        + " entity_type = 'survey-answers' order by id")
                .param("id", id)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    @Test
    void readingOneRespondentsAnswersOrExportingARoundIsAudited() throws Exception {
        long round = jdbc.sql("select id from surveys_round where name = 'Baseline firm survey'")
                .query(Long.class)
                .single();
        long respondent = jdbc.sql("select min(id) from surveys_respondent where round_id = :r and status ="
                        + " 'SUBMITTED' and not anonymous")
                .param("r", round)
                .query(Long.class)
                .single();
        int submitted = jdbc.sql("select count(*) from surveys_respondent where round_id = :r and status = 'SUBMITTED'")
                .param("r", round)
                .query(Integer.class)
                .single();
        String base = "/w/demo/surveys/rounds/" + round;

        long before = lastAuditId();
        mvc.perform(get(base + "/respondents/" + respondent).with(users.as("officer")))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/respondents/" + respondent + "/xlsx").with(users.as("manager")))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/export").param("format", "wide").with(users.as("analyst")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/workspaces/demo/rounds/" + round + "/responses")
                        .with(api.bearer("analyst")))
                .andExpect(status().isOk());
        // the aggregated analysis is not a reading of individual answers
        mvc.perform(get(base + "/analysis").with(users.as("viewer"))).andExpect(status().isOk());

        List<Entry> trail = trailAfter(before);
        String key = "R" + respondent;
        assertThat(trail)
                .extracting(Entry::actor, Entry::action, Entry::entityId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("officer", "VIEWED", round + "/" + key),
                        org.assertj.core.groups.Tuple.tuple("manager", "VIEWED", round + "/" + key),
                        org.assertj.core.groups.Tuple.tuple("analyst", "VIEWED", Long.toString(round)),
                        org.assertj.core.groups.Tuple.tuple("analyst", "VIEWED", Long.toString(round)));
        assertThat(trail.get(0).summary()).contains(key, "entry page");
        assertThat(trail.get(2).summary()).contains("wide csv", "for " + submitted + " respondents", key);
        assertThat(trail.get(3).summary()).contains("API");
    }
}

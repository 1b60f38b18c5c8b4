package org.clusterworks.learning.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The learners' draft action lines and the indicators chosen for them, kept in learning's own tables. */
@Repository
class PracticeDrafts {

    private static final String COLUMNS = """
            id, source_workspace_id, initiative_id, swot_item_id, weakness_text, objective_id, objective_text, title,
            owner_name, start_date, end_date, budget, members_share_pct, funders_share_pct""";

    private final JdbcClient jdbc;

    PracticeDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long save(long workspaceId, long userId, String courseId, ActionLineDraft d, boolean passed) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into learning_practice_draft
                          (workspace_id, user_id, course_id, source_workspace_id, initiative_id, swot_item_id,
                           weakness_text, objective_id, objective_text, title, owner_name, start_date, end_date,
                           budget, members_share_pct, funders_share_pct, passed, created_at)
                        values (:ws, :user, :course, :source, :initiative, :swot, :weakness, :objective,
                                :objectiveText, :title, :owner, :start, :end, :budget, :members, :funders, :passed,
                                :now)""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .param("source", d.sourceWorkspaceId())
                .param("initiative", d.initiativeId())
                .param("swot", d.weaknessId())
                .param("weakness", d.weaknessText())
                .param("objective", d.objectiveId())
                .param("objectiveText", d.objectiveText())
                .param("title", d.title())
                .param("owner", d.owner())
                .param("start", d.start())
                .param("end", d.end())
                .param("budget", d.budget())
                .param("members", d.membersSharePct())
                .param("funders", d.fundersSharePct())
                .param("passed", passed)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The learner's draft with this id, if it is theirs. */
    Optional<ActionLineDraft> find(long workspaceId, long userId, String courseId, long id) {
        return jdbc.sql("select " + COLUMNS + """
                         from learning_practice_draft
                        where id = :id and workspace_id = :ws and user_id = :user and course_id = :course""")
                .param("id", id)
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .query(PracticeDrafts::draft)
                .optional();
    }

    /** The learner's latest draft for an initiative of the workspace read. */
    Optional<ActionLineDraft> latest(
            long workspaceId, long userId, String courseId, long sourceWorkspaceId, long initiativeId) {
        return jdbc
                .sql("select " + COLUMNS + """
                         from learning_practice_draft
                        where workspace_id = :ws and user_id = :user and course_id = :course
                          and source_workspace_id = :source and initiative_id = :initiative
                        order by id desc""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .param("source", sourceWorkspaceId)
                .param("initiative", initiativeId)
                .query(PracticeDrafts::draft)
                .list()
                .stream()
                .findFirst();
    }

    @Transactional
    void saveIndicators(long draftId, List<IndicatorChoice> choices) {
        jdbc.sql("delete from learning_practice_indicator where draft_id = :id")
                .param("id", draftId)
                .update();
        for (int i = 0; i < choices.size(); i++) {
            IndicatorChoice c = choices.get(i);
            jdbc.sql("""
                            insert into learning_practice_indicator
                              (draft_id, position_no, indicator_key, unit, source, frequency, direction)
                            values (:id, :pos, :key, :unit, :source, :frequency, :direction)""")
                    .param("id", draftId)
                    .param("pos", i)
                    .param("key", c.key())
                    .param("unit", c.unit())
                    .param("source", c.source())
                    .param("frequency", c.frequency())
                    .param("direction", c.direction())
                    .update();
        }
    }

    List<IndicatorChoice> indicators(long draftId) {
        return jdbc.sql("""
                        select indicator_key, unit, source, frequency, direction from learning_practice_indicator
                        where draft_id = :id order by position_no""")
                .param("id", draftId)
                .query((rs, n) -> new IndicatorChoice(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static ActionLineDraft draft(ResultSet rs, int n) throws SQLException {
        return new ActionLineDraft(
                rs.getLong("id"),
                rs.getLong("source_workspace_id"),
                rs.getLong("initiative_id"),
                rs.getObject("swot_item_id", Long.class),
                rs.getString("weakness_text"),
                rs.getObject("objective_id", Long.class),
                rs.getString("objective_text"),
                rs.getString("title"),
                rs.getString("owner_name"),
                rs.getObject("start_date", java.time.LocalDate.class),
                rs.getObject("end_date", java.time.LocalDate.class),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("members_share_pct"),
                rs.getBigDecimal("funders_share_pct"));
    }
}

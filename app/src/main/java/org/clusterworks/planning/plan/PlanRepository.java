package org.clusterworks.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.planning.plan.Domain.Comment;
import org.clusterworks.planning.plan.Domain.Funder;
import org.clusterworks.planning.plan.Domain.Milestone;
import org.clusterworks.planning.plan.Domain.Objective;
import org.clusterworks.planning.plan.Domain.Version;
import org.clusterworks.planning.plan.Domain.Vision;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes action plans. Objectives and action lines are looked up by initiative and id; callers have
 * already checked that the initiative belongs to the workspace.
 */
@Repository
public class PlanRepository {

    private static final String LINE_COLUMNS = "id, initiative_id, objective_id, code, title, description,"
            + " owner_org_id, owner_person_id, start_date, end_date, budget, currency, members_share_pct, status,"
            + " created_at, updated_at";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private long insert(JdbcClient.StatementSpec spec) {
        var keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    // Vision

    public Optional<Vision> vision(long initiativeId) {
        return jdbc.sql("select statement, updated_by_name, updated_at from planning_vision where initiative_id = :i")
                .param("i", initiativeId)
                .query(Rows.of(Vision.class))
                .optional();
    }

    public void saveVision(long workspaceId, long initiativeId, String statement, String by) {
        int n = jdbc.sql("update planning_vision set statement = :s, updated_by_name = :b, updated_at = :t"
                        + " where initiative_id = :i")
                .param("s", statement)
                .param("b", by)
                .param("t", now())
                .param("i", initiativeId)
                .update();
        if (n == 0) {
            jdbc.sql("insert into planning_vision (initiative_id, workspace_id, statement, updated_by_name,"
                            + " updated_at) values (:i, :w, :s, :b, :t)")
                    .param("i", initiativeId)
                    .param("w", workspaceId)
                    .param("s", statement)
                    .param("b", by)
                    .param("t", now())
                    .update();
        }
    }

    // Objectives

    public List<Objective> objectives(long initiativeId) {
        return jdbc.sql("select id, initiative_id, code, title, description, status, created_at from"
                        + " planning_objective where initiative_id = :i order by code, id")
                .param("i", initiativeId)
                .query(Rows.of(Objective.class))
                .list();
    }

    public Optional<Objective> objective(long initiativeId, long id) {
        return jdbc.sql("select id, initiative_id, code, title, description, status, created_at from"
                        + " planning_objective where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(Objective.class))
                .optional();
    }

    public long insertObjective(
            long workspaceId, long initiativeId, String code, String title, String description, String status) {
        return insert(jdbc.sql("insert into planning_objective (workspace_id, initiative_id, code, title, description,"
                        + " status, created_at) values (:w, :i, :c, :t, :d, :s, :at)")
                .param("w", workspaceId)
                .param("i", initiativeId)
                .param("c", code)
                .param("t", title)
                .param("d", description)
                .param("s", status)
                .param("at", now()));
    }

    public void updateObjective(
            long initiativeId, long id, String code, String title, String description, String status) {
        jdbc.sql("update planning_objective set code = :c, title = :t, description = :d, status = :s"
                        + " where initiative_id = :i and id = :id")
                .param("c", code)
                .param("t", title)
                .param("d", description)
                .param("s", status)
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    public void deleteObjective(long initiativeId, long id) {
        jdbc.sql("update planning_action_line set objective_id = null where initiative_id = :i and objective_id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .update();
        jdbc.sql("delete from planning_objective where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    /** The SWOT item ids each of the initiative's objectives answers. */
    public Map<Long, List<Long>> objectiveSwot(long initiativeId) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql("select s.objective_id, s.swot_item_id from planning_objective_swot s join planning_objective o on"
                        + " o.id = s.objective_id where o.initiative_id = :i order by s.swot_item_id")
                .param("i", initiativeId)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }

    public void setObjectiveSwot(long objectiveId, Collection<Long> swotIds) {
        jdbc.sql("delete from planning_objective_swot where objective_id = :o")
                .param("o", objectiveId)
                .update();
        for (Long s : swotIds) {
            jdbc.sql("insert into planning_objective_swot (objective_id, swot_item_id) values (:o, :s)")
                    .param("o", objectiveId)
                    .param("s", s)
                    .update();
        }
    }

    // Comments

    public List<Comment> comments(long initiativeId) {
        return jdbc.sql("select id, objective_id, author_name, body, created_at from planning_comment where"
                        + " initiative_id = :i order by created_at, id")
                .param("i", initiativeId)
                .query(Rows.of(Comment.class))
                .list();
    }

    public long insertComment(long initiativeId, Long objectiveId, Long userId, String author, String body) {
        return insert(jdbc.sql("insert into planning_comment (initiative_id, objective_id, author_user_id,"
                        + " author_name, body, created_at) values (:i, :o, :u, :a, :b, :t)")
                .param("i", initiativeId)
                .param("o", objectiveId)
                .param("u", userId)
                .param("a", author)
                .param("b", body)
                .param("t", now()));
    }

    // Action lines

    public List<ActionLine> lines(long initiativeId) {
        return jdbc.sql("select " + LINE_COLUMNS + " from planning_action_line where initiative_id = :i order by"
                        + " code, id")
                .param("i", initiativeId)
                .query(Rows.of(ActionLine.class))
                .list();
    }

    public Optional<ActionLine> line(long initiativeId, long id) {
        return jdbc.sql("select " + LINE_COLUMNS + " from planning_action_line where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(ActionLine.class))
                .optional();
    }

    public long insertLine(long workspaceId, long initiativeId, ActionLineInput.Valid v) {
        OffsetDateTime t = now();
        return insert(jdbc.sql("insert into planning_action_line (workspace_id, initiative_id, objective_id, code,"
                        + " title, description, owner_org_id, owner_person_id, start_date, end_date, budget, currency,"
                        + " members_share_pct, status, created_at, updated_at) values (:w, :i, :o, :c, :t, :d, :oo,"
                        + " :op, :s, :e, :b, :cur, :m, :st, :at, :at)")
                .param("w", workspaceId)
                .param("i", initiativeId)
                .params(lineParams(v))
                .param("at", t));
    }

    public void updateLine(long initiativeId, long id, ActionLineInput.Valid v) {
        jdbc.sql("update planning_action_line set objective_id = :o, code = :c, title = :t, description = :d,"
                        + " owner_org_id = :oo, owner_person_id = :op, start_date = :s, end_date = :e, budget = :b,"
                        + " currency = :cur, members_share_pct = :m, status = :st, updated_at = :at"
                        + " where initiative_id = :i and id = :id")
                .params(lineParams(v))
                .param("at", now())
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> lineParams(ActionLineInput.Valid v) {
        Map<String, Object> p = new HashMap<>();
        p.put("o", v.objectiveId());
        p.put("c", v.code());
        p.put("t", v.title());
        p.put("d", v.description());
        p.put("oo", v.ownerOrgId());
        p.put("op", v.ownerPersonId());
        p.put("s", v.startDate());
        p.put("e", v.endDate());
        p.put("b", v.budget());
        p.put("cur", v.currency());
        p.put("m", v.membersSharePct());
        p.put("st", v.status().name());
        return p;
    }

    public void deleteLine(long initiativeId, long id) {
        jdbc.sql("delete from planning_action_line where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    public void setLineStatus(long initiativeId, long id, String status) {
        jdbc.sql("update planning_action_line set status = :s, updated_at = :t where initiative_id = :i and id = :id")
                .param("s", status)
                .param("t", now())
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    /** Partner organisation ids by action line. */
    public Map<Long, List<Long>> partners(long initiativeId) {
        return pairs(
                "select p.action_line_id, p.organisation_id from planning_action_partner p join"
                        + " planning_action_line l on l.id = p.action_line_id where l.initiative_id = :i"
                        + " order by p.organisation_id",
                initiativeId);
    }

    /** SWOT item ids by action line. */
    public Map<Long, List<Long>> lineSwot(long initiativeId) {
        return pairs(
                "select s.action_line_id, s.swot_item_id from planning_action_swot s join"
                        + " planning_action_line l on l.id = s.action_line_id where l.initiative_id = :i"
                        + " order by s.swot_item_id",
                initiativeId);
    }

    private Map<Long, List<Long>> pairs(String sql, long initiativeId) {
        Map<Long, List<Long>> result = new HashMap<>();
        // SQL from constants: the two callers pass literal statements.
        jdbc.sql(sql)
                .param("i", initiativeId)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }

    public void setPartners(long lineId, Collection<Long> orgIds) {
        jdbc.sql("delete from planning_action_partner where action_line_id = :l")
                .param("l", lineId)
                .update();
        for (Long o : orgIds) {
            jdbc.sql("insert into planning_action_partner (action_line_id, organisation_id) values (:l, :o)")
                    .param("l", lineId)
                    .param("o", o)
                    .update();
        }
    }

    public void setLineSwot(long lineId, Collection<Long> swotIds) {
        jdbc.sql("delete from planning_action_swot where action_line_id = :l")
                .param("l", lineId)
                .update();
        for (Long s : swotIds) {
            jdbc.sql("insert into planning_action_swot (action_line_id, swot_item_id) values (:l, :s)")
                    .param("l", lineId)
                    .param("s", s)
                    .update();
        }
    }

    public List<Funder> funders(long initiativeId) {
        return jdbc.sql("select f.id, f.action_line_id, f.funder_name, f.share_pct from planning_action_funder f join"
                        + " planning_action_line l on l.id = f.action_line_id where l.initiative_id = :i order by"
                        + " f.action_line_id, f.id")
                .param("i", initiativeId)
                .query(Rows.of(Funder.class))
                .list();
    }

    public void setFunders(long lineId, List<ActionLineInput.FunderShare> funders) {
        jdbc.sql("delete from planning_action_funder where action_line_id = :l")
                .param("l", lineId)
                .update();
        for (var f : funders) {
            jdbc.sql("insert into planning_action_funder (action_line_id, funder_name, share_pct) values (:l, :n, :p)")
                    .param("l", lineId)
                    .param("n", f.name())
                    .param("p", f.sharePct())
                    .update();
        }
    }

    // Milestones

    public List<Milestone> milestones(long initiativeId) {
        return jdbc.sql("select m.id, m.action_line_id, m.title, m.due_date, m.done from planning_milestone m join"
                        + " planning_action_line l on l.id = m.action_line_id where l.initiative_id = :i order by"
                        + " m.due_date, m.id")
                .param("i", initiativeId)
                .query(Rows.of(Milestone.class))
                .list();
    }

    public long insertMilestone(long lineId, String title, LocalDate due) {
        return insert(jdbc.sql("insert into planning_milestone (action_line_id, title, due_date, done) values (:l, :t,"
                        + " :d, false)")
                .param("l", lineId)
                .param("t", title)
                .param("d", due));
    }

    public int setMilestoneDone(long lineId, long milestoneId, boolean done) {
        return jdbc.sql("update planning_milestone set done = :d where action_line_id = :l and id = :m")
                .param("d", done)
                .param("l", lineId)
                .param("m", milestoneId)
                .update();
    }

    // Versions

    public List<Version> versions(long initiativeId) {
        return jdbc.sql("select id, version_no, note, snapshot, created_by_name, created_at, document_version from"
                        + " planning_plan_version"
                        + " where initiative_id = :i order by version_no desc")
                .param("i", initiativeId)
                .query(Rows.of(Version.class))
                .list();
    }

    public Optional<Version> version(long initiativeId, int versionNo) {
        return jdbc.sql("select id, version_no, note, snapshot, created_by_name, created_at, document_version from"
                        + " planning_plan_version"
                        + " where initiative_id = :i and version_no = :v")
                .param("i", initiativeId)
                .param("v", versionNo)
                .query(Rows.of(Version.class))
                .optional();
    }

    public int insertVersion(long initiativeId, String note, String snapshot, String by) {
        int next = jdbc.sql(
                        "select coalesce(max(version_no), 0) + 1 from planning_plan_version where initiative_id = :i")
                .param("i", initiativeId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into planning_plan_version (initiative_id, version_no, note, snapshot, created_by_name,"
                        + " created_at) values (:i, :v, :n, :s, :b, :t)")
                .param("i", initiativeId)
                .param("v", next)
                .param("n", note)
                .param("s", snapshot)
                .param("b", by)
                .param("t", now())
                .update();
        return next;
    }

    /** Records that plan version {@code versionNo} was submitted as version {@code documentVersion} of the document. */
    public void setDocumentVersion(long initiativeId, int versionNo, int documentVersion) {
        jdbc.sql("update planning_plan_version set document_version = :d where initiative_id = :i and version_no = :v")
                .param("d", documentVersion)
                .param("i", initiativeId)
                .param("v", versionNo)
                .update();
    }

    /** The budget of the initiative's plan added up (cancelled lines left out), for summaries. */
    public BigDecimal totalBudget(long initiativeId) {
        return jdbc.sql("select coalesce(sum(budget), 0) from planning_action_line where initiative_id = :i and status"
                        + " <> 'CANCELLED'")
                .param("i", initiativeId)
                .query(BigDecimal.class)
                .single();
    }
}

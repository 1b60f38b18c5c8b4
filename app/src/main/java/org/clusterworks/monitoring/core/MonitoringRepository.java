package org.clusterworks.monitoring.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.monitoring.core.Domain.Change;
import org.clusterworks.monitoring.core.Domain.Criterion;
import org.clusterworks.monitoring.core.Domain.Evaluation;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Result;
import org.clusterworks.monitoring.core.Domain.Status;
import org.clusterworks.monitoring.core.Domain.Target;
import org.clusterworks.monitoring.core.Domain.Value;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Frameworks, results, indicators, targets, values and their history; every read is scoped by workspace. */
@Repository
class MonitoringRepository {

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // --- frameworks

    private static Framework framework(ResultSet rs, int n) throws SQLException {
        return new Framework(
                rs.getLong("id"),
                rs.getLong("workspace_id"),
                (Long) rs.getObject("initiative_id", Long.class),
                rs.getInt("year_start_month"),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                rs.getObject("computed_at", OffsetDateTime.class),
                rs.getObject("stale_since", OffsetDateTime.class),
                rs.getString("stale_reason"));
    }

    Optional<Framework> frameworkOf(long ws, Long initiativeId) {
        // SQL from constants: one of two fixed conditions.
        return jdbc.sql("select * from mon_framework where workspace_id = :ws and "
                        + (initiativeId == null ? "initiative_id is null" : "initiative_id = :i"))
                .param("ws", ws)
                .param("i", initiativeId)
                .query(MonitoringRepository::framework)
                .optional();
    }

    Optional<Framework> framework(long ws, long id) {
        return jdbc.sql("select * from mon_framework where workspace_id = :ws and id = :id")
                .param("ws", ws)
                .param("id", id)
                .query(MonitoringRepository::framework)
                .optional();
    }

    /** Every framework of every workspace, initiatives' before programmes' (a programme's rolls theirs up). */
    List<Framework> allFrameworks() {
        return jdbc.sql("select * from mon_framework order by case when initiative_id is null then 1 else 0 end, id")
                .query(MonitoringRepository::framework)
                .list();
    }

    List<Framework> frameworks(long ws) {
        return jdbc.sql("select * from mon_framework where workspace_id = :ws order by id")
                .param("ws", ws)
                .query(MonitoringRepository::framework)
                .list();
    }

    long insertFramework(long ws, Long initiativeId, int startMonth, int firstYear, int lastYear) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into mon_framework (workspace_id, initiative_id, year_start_month, first_year,"
                        + " last_year, created_at) values (:ws, :i, :m, :f, :l, :now)")
                .param("ws", ws)
                .param("i", initiativeId)
                .param("m", startMonth)
                .param("f", firstYear)
                .param("l", lastYear)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Records that the framework's computed values were all recomputed now (and are no longer stale). */
    void markComputed(long id) {
        jdbc.sql("update mon_framework set computed_at = :now, stale_since = null, stale_reason = null where id = :id")
                .param("now", now())
                .param("id", id)
                .update();
    }

    /** Records, for every framework of the workspace not yet stale, that a source changed after it was computed. */
    void markStale(long ws, String reason) {
        jdbc.sql("update mon_framework set stale_since = :now, stale_reason = :r where workspace_id = :ws"
                        + " and stale_since is null")
                .param("now", now())
                .param("r", reason.length() > 200 ? reason.substring(0, 200) : reason)
                .param("ws", ws)
                .update();
    }

    void updateFramework(long id, int startMonth, int firstYear, int lastYear) {
        jdbc.sql("update mon_framework set year_start_month = :m, first_year = :f, last_year = :l where id = :id")
                .param("m", startMonth)
                .param("f", firstYear)
                .param("l", lastYear)
                .param("id", id)
                .update();
    }

    // --- results chain

    private static Result result(ResultSet rs, int n) throws SQLException {
        return new Result(
                rs.getLong("id"),
                rs.getLong("framework_id"),
                Level.valueOf(rs.getString("level")),
                (Long) rs.getObject("parent_id", Long.class),
                rs.getString("code"),
                rs.getString("statement"),
                rs.getString("assumptions"),
                rs.getString("verification"),
                rs.getString("plan_link"),
                rs.getInt("position"),
                (Long) rs.getObject("plan_objective_id", Long.class),
                (Long) rs.getObject("plan_action_line_id", Long.class));
    }

    List<Result> results(long frameworkId) {
        return jdbc.sql("select * from mon_result where framework_id = :f order by position, code, id")
                .param("f", frameworkId)
                .query(MonitoringRepository::result)
                .list();
    }

    long insertResult(
            long frameworkId,
            Level level,
            Long parentId,
            String code,
            String statement,
            String assumptions,
            String verification,
            String planLink) {
        return insertResult(
                frameworkId, level, parentId, code, statement, assumptions, verification, planLink, null, null);
    }

    long insertResult(
            long frameworkId,
            Level level,
            Long parentId,
            String code,
            String statement,
            String assumptions,
            String verification,
            String planLink,
            Long objectiveId,
            Long actionLineId) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into mon_result (framework_id, level, parent_id, code, statement, assumptions, verification,"
                        + " plan_link, plan_objective_id, plan_action_line_id, position) values (:f, :level, :p, :code,"
                        + " :s, :a, :v, :pl, :obj, :al,"
                        + " (select coalesce(max(position), 0) + 1 from mon_result where framework_id = :f))")
                .param("f", frameworkId)
                .param("level", level.name())
                .param("p", parentId)
                .param("code", code)
                .param("s", statement)
                .param("a", assumptions)
                .param("v", verification)
                .param("pl", planLink)
                .param("obj", objectiveId)
                .param("al", actionLineId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    int deleteResult(long frameworkId, long id) {
        return jdbc.sql("delete from mon_result where framework_id = :f and id = :id")
                .param("f", frameworkId)
                .param("id", id)
                .update();
    }

    /**
     * Ids of the initiative's plan objectives ({@code objectives}) or action lines that a result with at least one
     * indicator serves.
     */
    java.util.Set<Long> measuredPlanItems(long ws, long initiativeId, boolean objectives) {
        // SQL from constants: one of two fixed column names.
        String column = objectives ? "r.plan_objective_id" : "r.plan_action_line_id";
        return new java.util.HashSet<>(jdbc.sql("select distinct " + column + " from mon_result r join mon_framework f"
                        + " on f.id = r.framework_id where f.workspace_id = :ws and f.initiative_id = :i and "
                        + column + " is not null and exists (select 1 from mon_indicator i where i.result_id = r.id)")
                .param("ws", ws)
                .param("i", initiativeId)
                .query(Long.class)
                .list());
    }

    // --- indicators

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        java.sql.Date bd = rs.getDate("baseline_date");
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("framework_id"),
                (Long) rs.getObject("result_id", Long.class),
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_fr"),
                rs.getString("name_sw"),
                rs.getString("definition_en"),
                rs.getString("definition_fr"),
                rs.getString("definition_sw"),
                Unit.valueOf(rs.getString("unit")),
                rs.getString("currency"),
                Direction.valueOf(rs.getString("direction")),
                Accumulation.valueOf(rs.getString("accumulation")),
                Combine.valueOf(rs.getString("combine")),
                Granularity.valueOf(rs.getString("frequency")),
                Indicator.dimensions(rs.getString("disaggregations")),
                rs.getString("owner"),
                SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("source_param"),
                (Double) rs.getObject("baseline_value", Double.class),
                bd == null ? null : bd.toLocalDate(),
                rs.getString("baseline_source"),
                rs.getBoolean("from_diagnostic"),
                rs.getString("library_key"),
                rs.getString("diagnostic_figure"));
    }

    List<Indicator> indicators(long frameworkId) {
        return jdbc.sql("select * from mon_indicator where framework_id = :f order by code")
                .param("f", frameworkId)
                .query(MonitoringRepository::indicator)
                .list();
    }

    Optional<Indicator> indicator(long ws, long id) {
        return jdbc.sql("select i.* from mon_indicator i join mon_framework f on f.id = i.framework_id"
                        + " where f.workspace_id = :ws and i.id = :id")
                .param("ws", ws)
                .param("id", id)
                .query(MonitoringRepository::indicator)
                .optional();
    }

    /** Indicators of every framework of the workspace that draw their baseline from the diagnostic. */
    List<Indicator> diagnosticIndicators(long ws, long initiativeId) {
        return jdbc.sql(
                        "select i.* from mon_indicator i join mon_framework f on f.id = i.framework_id"
                                + " where f.workspace_id = :ws and f.initiative_id = :init and (i.from_diagnostic = true or i.diagnostic_figure is not null)")
                .param("ws", ws)
                .param("init", initiativeId)
                .query(MonitoringRepository::indicator)
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, IndicatorForm.Spec v) {
        return s.param("result", v.resultId())
                .param("code", v.code())
                .param("nameEn", v.nameEn())
                .param("nameFr", v.nameFr())
                .param("nameSw", v.nameSw())
                .param("defEn", v.definitionEn())
                .param("defFr", v.definitionFr())
                .param("defSw", v.definitionSw())
                .param("unit", v.unit().name())
                .param("currency", v.currency())
                .param("direction", v.direction().name())
                .param("acc", v.accumulation().name())
                .param("combine", v.combine().name())
                .param("freq", v.frequency().name())
                .param("dis", v.disaggregationText())
                .param("owner", v.owner())
                .param("sk", v.sourceKind().name())
                .param("sp", v.sourceParam())
                .param("bv", v.baselineValue())
                .param("bd", v.baselineDate())
                .param("bs", v.baselineSource())
                .param("fd", v.fromDiagnostic())
                .param("figure", v.diagnosticFigure());
    }

    long insertIndicator(long frameworkId, IndicatorForm.Spec v) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        bind(
                        jdbc.sql("insert into mon_indicator (framework_id, result_id, code, name_en, name_fr, name_sw,"
                                + " definition_en, definition_fr, definition_sw, unit, currency, direction, accumulation,"
                                + " combine, frequency, disaggregations, owner, source_kind, source_param, baseline_value,"
                                + " baseline_date, baseline_source, from_diagnostic, library_key, diagnostic_figure, created_at) values"
                                + " (:f, :result, :code, :nameEn, :nameFr, :nameSw, :defEn, :defFr, :defSw, :unit,"
                                + " :currency, :direction, :acc, :combine, :freq, :dis, :owner, :sk, :sp, :bv, :bd, :bs,"
                                + " :fd, :lib, :figure, :now)"),
                        v)
                .param("f", frameworkId)
                .param("lib", v.libraryKey())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateIndicator(long id, IndicatorForm.Spec v) {
        bind(
                        jdbc.sql("update mon_indicator set result_id = :result, code = :code, name_en = :nameEn,"
                                + " name_fr = :nameFr, name_sw = :nameSw, definition_en = :defEn, definition_fr = :defFr,"
                                + " definition_sw = :defSw, unit = :unit, currency = :currency, direction = :direction,"
                                + " accumulation = :acc, combine = :combine, frequency = :freq, disaggregations = :dis,"
                                + " owner = :owner, source_kind = :sk, source_param = :sp, baseline_value = :bv,"
                                + " baseline_date = :bd, baseline_source = :bs, from_diagnostic = :fd,"
                                + " diagnostic_figure = :figure where id = :id"),
                        v)
                .param("id", id)
                .update();
    }

    void setBaseline(long id, double value, LocalDate date, String source) {
        jdbc.sql(
                        "update mon_indicator set baseline_value = :v, baseline_date = :d, baseline_source = :s where id = :id")
                .param("v", value)
                .param("d", date)
                .param("s", source)
                .param("id", id)
                .update();
    }

    // --- targets

    List<Target> targets(long indicatorId) {
        return jdbc.sql("select * from mon_target where indicator_id = :i order by period")
                .param("i", indicatorId)
                .query((rs, n) ->
                        new Target(rs.getLong("indicator_id"), rs.getString("period"), rs.getDouble("target")))
                .list();
    }

    void setTarget(long indicatorId, String period, Double target) {
        jdbc.sql("delete from mon_target where indicator_id = :i and period = :p")
                .param("i", indicatorId)
                .param("p", period)
                .update();
        if (target != null) {
            jdbc.sql("insert into mon_target (indicator_id, period, target) values (:i, :p, :t)")
                    .param("i", indicatorId)
                    .param("p", period)
                    .param("t", target)
                    .update();
        }
    }

    // --- values

    private static Value value(ResultSet rs, int n) throws SQLException {
        return new Value(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("period"),
                rs.getString("disaggregation"),
                rs.getDouble("amount"),
                Status.valueOf(rs.getString("status")),
                rs.getString("evidence"),
                rs.getString("how"),
                rs.getString("review_comment"),
                (Long) rs.getObject("entered_by", Long.class),
                rs.getObject("entered_at", OffsetDateTime.class),
                (Long) rs.getObject("reviewed_by", Long.class),
                rs.getObject("reviewed_at", OffsetDateTime.class));
    }

    List<Value> values(long indicatorId) {
        return jdbc.sql("select * from mon_value where indicator_id = :i order by period, disaggregation")
                .param("i", indicatorId)
                .query(MonitoringRepository::value)
                .list();
    }

    Optional<Value> value(long indicatorId, String period, String disaggregation) {
        return jdbc.sql("select * from mon_value where indicator_id = :i and period = :p and disaggregation = :d")
                .param("i", indicatorId)
                .param("p", period)
                .param("d", disaggregation)
                .query(MonitoringRepository::value)
                .optional();
    }

    Optional<Value> valueById(long indicatorId, long id) {
        return jdbc.sql("select * from mon_value where indicator_id = :i and id = :id")
                .param("i", indicatorId)
                .param("id", id)
                .query(MonitoringRepository::value)
                .optional();
    }

    /** Writes a value (replacing the one of the same period and disaggregation) and records the change. */
    void putValue(
            long indicatorId,
            String period,
            String disaggregation,
            double amount,
            Status status,
            String evidence,
            String how,
            Long userId,
            String actor) {
        Optional<Value> old = value(indicatorId, period, disaggregation);
        if (old.isPresent()) {
            jdbc.sql(
                            "update mon_value set amount = :a, status = :s, evidence = :e, how = :h, review_comment = null,"
                                    + " entered_by = :u, entered_at = :now, reviewed_by = null, reviewed_at = null where id = :id")
                    .param("a", amount)
                    .param("s", status.name())
                    .param("e", evidence)
                    .param("h", how)
                    .param("u", userId)
                    .param("now", now())
                    .param("id", old.get().id())
                    .update();
        } else {
            jdbc.sql("insert into mon_value (indicator_id, period, disaggregation, amount, status, evidence, how,"
                            + " entered_by, entered_at) values (:i, :p, :d, :a, :s, :e, :h, :u, :now)")
                    .param("i", indicatorId)
                    .param("p", period)
                    .param("d", disaggregation)
                    .param("a", amount)
                    .param("s", status.name())
                    .param("e", evidence)
                    .param("h", how)
                    .param("u", userId)
                    .param("now", now())
                    .update();
        }
        boolean same =
                old.isPresent() && old.get().amount() == amount && old.get().status() == status;
        if (!same) {
            logChange(
                    indicatorId,
                    period,
                    disaggregation,
                    old.map(Value::amount).orElse(null),
                    amount,
                    status,
                    evidence,
                    actor);
        }
    }

    void review(Value v, Status status, String comment, long userId, String actor) {
        jdbc.sql("update mon_value set status = :s, review_comment = :c, reviewed_by = :u, reviewed_at = :now"
                        + " where id = :id")
                .param("s", status.name())
                .param("c", comment)
                .param("u", userId)
                .param("now", now())
                .param("id", v.id())
                .update();
        logChange(v.indicatorId(), v.period(), v.disaggregation(), v.amount(), v.amount(), status, comment, actor);
    }

    void deleteValue(long id) {
        jdbc.sql("delete from mon_value where id = :id").param("id", id).update();
    }

    void deleteComputed(long indicatorId) {
        jdbc.sql("delete from mon_value where indicator_id = :i and status = 'COMPUTED'")
                .param("i", indicatorId)
                .update();
    }

    void logChange(
            long indicatorId,
            String period,
            String disaggregation,
            Double oldAmount,
            Double newAmount,
            Status status,
            String note,
            String actor) {
        jdbc.sql("insert into mon_value_change (indicator_id, period, disaggregation, old_amount, new_amount, status,"
                        + " note, actor, changed_at) values (:i, :p, :d, :o, :n, :s, :note, :a, :now)")
                .param("i", indicatorId)
                .param("p", period)
                .param("d", disaggregation)
                .param("o", oldAmount)
                .param("n", newAmount)
                .param("s", status.name())
                .param("note", note == null || note.length() <= 1000 ? note : note.substring(0, 1000))
                .param("a", actor)
                .param("now", now())
                .update();
    }

    List<Change> changes(long indicatorId) {
        return jdbc.sql("select * from mon_value_change where indicator_id = :i order by changed_at desc, id desc")
                .param("i", indicatorId)
                .query((rs, n) -> new Change(
                        rs.getString("period"),
                        rs.getString("disaggregation"),
                        (Double) rs.getObject("old_amount", Double.class),
                        (Double) rs.getObject("new_amount", Double.class),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("note"),
                        rs.getString("actor"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** Submitted values of a framework, oldest first: the approval queue. */
    List<Value> submitted(long frameworkId) {
        return jdbc.sql("select v.* from mon_value v join mon_indicator i on i.id = v.indicator_id"
                        + " where i.framework_id = :f and v.status = 'SUBMITTED' order by v.entered_at, v.id")
                .param("f", frameworkId)
                .query(MonitoringRepository::value)
                .list();
    }

    // --- evaluation

    List<Evaluation> evaluations(long frameworkId) {
        return jdbc.sql("select * from mon_evaluation where framework_id = :f order by id")
                .param("f", frameworkId)
                .query((rs, n) -> new Evaluation(
                        rs.getLong("id"),
                        rs.getLong("framework_id"),
                        Criterion.valueOf(rs.getString("criterion")),
                        rs.getString("question"),
                        rs.getString("finding")))
                .list();
    }

    void insertEvaluation(long frameworkId, Criterion c, String question, String finding) {
        jdbc.sql("insert into mon_evaluation (framework_id, criterion, question, finding) values (:f, :c, :q, :fi)")
                .param("f", frameworkId)
                .param("c", c.name())
                .param("q", question)
                .param("fi", finding)
                .update();
    }

    int updateEvaluation(long frameworkId, long id, Criterion c, String question, String finding) {
        return jdbc.sql("update mon_evaluation set criterion = :c, question = :q, finding = :fi"
                        + " where framework_id = :f and id = :id")
                .param("c", c.name())
                .param("q", question)
                .param("fi", finding)
                .param("f", frameworkId)
                .param("id", id)
                .update();
    }

    int deleteEvaluation(long frameworkId, long id) {
        return jdbc.sql("delete from mon_evaluation where framework_id = :f and id = :id")
                .param("f", frameworkId)
                .param("id", id)
                .update();
    }
}

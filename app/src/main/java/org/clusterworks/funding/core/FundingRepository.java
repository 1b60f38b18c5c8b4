package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.Conflict;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.funding.core.Domain.Criterion;
import org.clusterworks.funding.core.Domain.Decision;
import org.clusterworks.funding.core.Domain.DocType;
import org.clusterworks.funding.core.Domain.Document;
import org.clusterworks.funding.core.Domain.Grant;
import org.clusterworks.funding.core.Domain.Milestone;
import org.clusterworks.funding.core.Domain.PartnerBudget;
import org.clusterworks.funding.core.Domain.Payment;
import org.clusterworks.funding.core.Domain.Rule;
import org.clusterworks.funding.core.Domain.Status;
import org.clusterworks.funding.core.Domain.Submission;
import org.clusterworks.funding.eligibility.EligibilityRule;
import org.clusterworks.funding.eligibility.EligibilityRules;
import org.clusterworks.funding.eligibility.RuleKind;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persistence of calls, applications, reviews and grants (named parameters only; H2 and PostgreSQL). */
@Repository
public class FundingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    FundingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static long key(GeneratedKeyHolder keys) {
        return keys.getKeyAs(Number.class).longValue();
    }

    // ---------------------------------------------------------------- calls

    private static final String CALL_COLUMNS = "id, workspace_id, programme, title_en, title_fr, title_sw, text_en,"
            + " text_fr, text_sw, currency, budget, max_grant, cofinancing_pct, time_zone, opens_at, closes_at,"
            + " initiative_id, scale_min, scale_max";

    private static Call call(ResultSet rs, int n) throws SQLException {
        long ini = rs.getLong("initiative_id");
        return new Call(
                rs.getLong("id"),
                rs.getLong("workspace_id"),
                rs.getString("programme"),
                rs.getString("title_en"),
                rs.getString("title_fr"),
                rs.getString("title_sw"),
                rs.getString("text_en"),
                rs.getString("text_fr"),
                rs.getString("text_sw"),
                rs.getString("currency"),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("max_grant"),
                rs.getBigDecimal("cofinancing_pct"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(),
                rs.wasNull() || ini == 0 ? null : ini,
                rs.getInt("scale_min"),
                rs.getInt("scale_max"));
    }

    public List<Call> calls(long workspaceId) {
        return jdbc.sql("select " + CALL_COLUMNS
                        + " from funding_call where workspace_id = :w order by closes_at desc, id")
                .param("w", workspaceId)
                .query(FundingRepository::call)
                .list();
    }

    public Optional<Call> call(long workspaceId, long id) {
        return jdbc.sql("select " + CALL_COLUMNS + " from funding_call where workspace_id = :w and id = :id")
                .param("w", workspaceId)
                .param("id", id)
                .query(FundingRepository::call)
                .optional();
    }

    /** Inserts a call (its id is ignored) and returns the new id. */
    public long insertCall(Call c, Long userId) {
        var keys = new GeneratedKeyHolder();
        callParams(
                        jdbc.sql("insert into funding_call (workspace_id, programme, title_en, title_fr, title_sw,"
                                + " text_en, text_fr, text_sw, currency, budget, max_grant, cofinancing_pct, time_zone,"
                                + " opens_at, closes_at, initiative_id, scale_min, scale_max, created_by, created_at)"
                                + " values (:w, :programme, :ten, :tfr, :tsw, :xen, :xfr, :xsw, :cur, :budget, :max,"
                                + " :cof, :zone, :opens, :closes, :ini, :smin, :smax, :by, :now)"),
                        c)
                .param("by", userId)
                .param("now", now())
                .update(keys, "id");
        return key(keys);
    }

    public void updateCall(Call c) {
        callParams(
                        jdbc.sql("update funding_call set programme = :programme, title_en = :ten, title_fr = :tfr,"
                                + " title_sw = :tsw, text_en = :xen, text_fr = :xfr, text_sw = :xsw, currency = :cur,"
                                + " budget = :budget, max_grant = :max, cofinancing_pct = :cof, time_zone = :zone,"
                                + " opens_at = :opens, closes_at = :closes, initiative_id = :ini, scale_min = :smin,"
                                + " scale_max = :smax where workspace_id = :w and id = :id"),
                        c)
                .param("id", c.id())
                .update();
    }

    private static JdbcClient.StatementSpec callParams(JdbcClient.StatementSpec s, Call c) {
        return s.param("w", c.workspaceId())
                .param("programme", c.programme())
                .param("ten", c.titleEn())
                .param("tfr", c.titleFr())
                .param("tsw", c.titleSw())
                .param("xen", c.textEn())
                .param("xfr", c.textFr())
                .param("xsw", c.textSw())
                .param("cur", c.currency())
                .param("budget", c.budget())
                .param("max", c.maxGrant())
                .param("cof", c.cofinancingPct())
                .param("zone", c.zone().getId())
                .param("opens", utc(c.opens()))
                .param("closes", utc(c.closes()))
                .param("ini", c.initiativeId())
                .param("smin", c.scaleMin())
                .param("smax", c.scaleMax());
    }

    // ---------------------------------------------------------------- rules, documents, criteria, reviewers

    public List<Rule> rules(long callId) {
        return jdbc.sql("select id, kind, params from funding_rule where call_id = :c order by id")
                .param("c", callId)
                .query((rs, n) -> new Rule(
                        rs.getLong(1),
                        callId,
                        EligibilityRules.of(RuleKind.parse(rs.getString(2)), params(rs.getString(3)))))
                .list();
    }

    private Map<String, String> params(String text) {
        return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {});
    }

    public long insertRule(long callId, EligibilityRule rule) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_rule (call_id, kind, params) values (:c, :k, :p)")
                .param("c", callId)
                .param("k", rule.kind().name())
                .param("p", json.writeValueAsString(new LinkedHashMap<>(rule.parameters())))
                .update(keys, "id");
        return key(keys);
    }

    public int deleteRule(long callId, long ruleId) {
        return jdbc.sql("delete from funding_rule where call_id = :c and id = :id")
                .param("c", callId)
                .param("id", ruleId)
                .update();
    }

    public List<DocType> docTypes(long callId) {
        return jdbc.sql(
                        "select id, call_id, name, extensions, max_mb from funding_doc_type where call_id = :c order by id")
                .param("c", callId)
                .query(Rows.of(DocType.class))
                .list();
    }

    public long insertDocType(long callId, String name, String extensions, int maxMb) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_doc_type (call_id, name, extensions, max_mb) values (:c, :n, :e, :m)")
                .param("c", callId)
                .param("n", name)
                .param("e", extensions)
                .param("m", maxMb)
                .update(keys, "id");
        return key(keys);
    }

    public List<Criterion> criteria(long callId) {
        return jdbc.sql("select id, call_id, name, description, weight from funding_criterion where call_id = :c"
                        + " order by id")
                .param("c", callId)
                .query(Rows.of(Criterion.class))
                .list();
    }

    public long insertCriterion(long callId, String name, String description, BigDecimal weight) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_criterion (call_id, name, description, weight) values (:c, :n, :d, :w)")
                .param("c", callId)
                .param("n", name)
                .param("d", description)
                .param("w", weight)
                .update(keys, "id");
        return key(keys);
    }

    public List<Long> reviewers(long callId) {
        return jdbc.sql("select user_id from funding_reviewer where call_id = :c order by user_id")
                .param("c", callId)
                .query(Long.class)
                .list();
    }

    public void addReviewer(long callId, long userId) {
        jdbc.sql("delete from funding_reviewer where call_id = :c and user_id = :u")
                .param("c", callId)
                .param("u", userId)
                .update();
        jdbc.sql("insert into funding_reviewer (call_id, user_id) values (:c, :u)")
                .param("c", callId)
                .param("u", userId)
                .update();
    }

    public void removeReviewer(long callId, long userId) {
        jdbc.sql("delete from funding_reviewer where call_id = :c and user_id = :u")
                .param("c", callId)
                .param("u", userId)
                .update();
    }

    // ---------------------------------------------------------------- applications

    private static final String APP_COLUMNS = "id, call_id, workspace_id, lead_org_id, created_by, title, summary,"
            + " objectives, work_plan, requested, status, version, submitted_at, consensus_score, consensus_note,"
            + " decision, decision_reason, decided_at";

    private static Application application(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("created_by");
        Long createdBy = rs.wasNull() ? null : by;
        String decision = rs.getString("decision");
        return new Application(
                rs.getLong("id"),
                rs.getLong("call_id"),
                rs.getLong("workspace_id"),
                rs.getLong("lead_org_id"),
                createdBy,
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("objectives"),
                rs.getString("work_plan"),
                rs.getBigDecimal("requested"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getBigDecimal("consensus_score"),
                rs.getString("consensus_note"),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_reason"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }

    public Optional<Application> application(long workspaceId, long id) {
        return jdbc.sql("select " + APP_COLUMNS + " from funding_application where workspace_id = :w and id = :id")
                .param("w", workspaceId)
                .param("id", id)
                .query(FundingRepository::application)
                .optional();
    }

    public List<Application> applications(long callId) {
        return jdbc.sql("select " + APP_COLUMNS + " from funding_application where call_id = :c order by id")
                .param("c", callId)
                .query(FundingRepository::application)
                .list();
    }

    /** Applications of the workspace in which the organisation is lead or partner. */
    public List<Application> applicationsOf(long workspaceId, long orgId) {
        return jdbc.sql("select " + APP_COLUMNS + " from funding_application a where workspace_id = :w and"
                        + " exists (select 1 from funding_partner p where p.application_id = a.id and p.org_id = :o)"
                        + " order by id desc")
                .param("w", workspaceId)
                .param("o", orgId)
                .query(FundingRepository::application)
                .list();
    }

    public long insertApplication(long workspaceId, long callId, long leadOrgId, Long userId, String title) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_application (call_id, workspace_id, lead_org_id, created_by, title, status,"
                        + " version, created_at, updated_at) values (:c, :w, :o, :u, :t, 'DRAFT', 0, :now, :now)")
                .param("c", callId)
                .param("w", workspaceId)
                .param("o", leadOrgId)
                .param("u", userId)
                .param("t", title)
                .param("now", now())
                .update(keys, "id");
        long id = key(keys);
        addPartner(id, leadOrgId);
        return id;
    }

    public void updateForm(
            long id, String title, String summary, String objectives, String workPlan, BigDecimal requested) {
        jdbc.sql("update funding_application set title = :t, summary = :s, objectives = :o, work_plan = :p,"
                        + " requested = :r, updated_at = :now where id = :id and status = 'DRAFT'")
                .param("t", title)
                .param("s", summary)
                .param("o", objectives)
                .param("p", workPlan)
                .param("r", requested)
                .param("now", now())
                .param("id", id)
                .update();
    }

    public List<Long> partners(long applicationId) {
        return jdbc.sql("select org_id from funding_partner where application_id = :a order by position, org_id")
                .param("a", applicationId)
                .query(Long.class)
                .list();
    }

    public void addPartner(long applicationId, long orgId) {
        if (partners(applicationId).contains(orgId)) {
            return;
        }
        int pos = jdbc.sql("select count(*) from funding_partner where application_id = :a")
                .param("a", applicationId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into funding_partner (application_id, org_id, position) values (:a, :o, :p)")
                .param("a", applicationId)
                .param("o", orgId)
                .param("p", pos)
                .update();
    }

    public void removePartner(long applicationId, long orgId) {
        jdbc.sql("delete from funding_cost where application_id = :a and org_id = :o")
                .param("a", applicationId)
                .param("o", orgId)
                .update();
        jdbc.sql("delete from funding_partner where application_id = :a and org_id = :o")
                .param("a", applicationId)
                .param("o", orgId)
                .update();
    }

    /** The budget per partner, in partner order, every category present (zero where not filled in). */
    public List<PartnerBudget> budget(long applicationId) {
        Map<Long, Map<CostCategory, BigDecimal>> by = new LinkedHashMap<>();
        for (long org : partners(applicationId)) {
            Map<CostCategory, BigDecimal> m = new EnumMap<>(CostCategory.class);
            for (CostCategory c : CostCategory.values()) {
                m.put(c, BigDecimal.ZERO);
            }
            by.put(org, m);
        }
        jdbc.sql("select org_id, category, amount from funding_cost where application_id = :a")
                .param("a", applicationId)
                .query((rs, n) -> {
                    var m = by.get(rs.getLong(1));
                    if (m != null) {
                        m.put(CostCategory.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                    }
                    return null;
                })
                .list();
        List<PartnerBudget> out = new ArrayList<>();
        by.forEach((org, m) -> out.add(new PartnerBudget(org, m)));
        return out;
    }

    public void setCost(long applicationId, long orgId, CostCategory category, BigDecimal amount) {
        jdbc.sql("delete from funding_cost where application_id = :a and org_id = :o and category = :c")
                .param("a", applicationId)
                .param("o", orgId)
                .param("c", category.name())
                .update();
        if (amount != null && amount.signum() != 0) {
            jdbc.sql("insert into funding_cost (application_id, org_id, category, amount) values (:a, :o, :c, :m)")
                    .param("a", applicationId)
                    .param("o", orgId)
                    .param("c", category.name())
                    .param("m", amount)
                    .update();
        }
    }

    public List<Document> documents(long applicationId) {
        return jdbc.sql("select id, application_id, doc_type_id, filename, content_type, size_bytes, uploaded_at"
                        + " from funding_document where application_id = :a order by id")
                .param("a", applicationId)
                .query(Rows.of(Document.class))
                .list();
    }

    public void replaceDocument(
            long applicationId, long docTypeId, String filename, String contentType, byte[] content, Long userId) {
        jdbc.sql("delete from funding_document where application_id = :a and doc_type_id = :d")
                .param("a", applicationId)
                .param("d", docTypeId)
                .update();
        jdbc.sql("insert into funding_document (application_id, doc_type_id, filename, content_type, size_bytes,"
                        + " content, uploaded_by, uploaded_at) values (:a, :d, :f, :t, :s, :c, :u, :now)")
                .param("a", applicationId)
                .param("d", docTypeId)
                .param("f", filename)
                .param("t", contentType)
                .param("s", content.length)
                .param("c", content)
                .param("u", userId)
                .param("now", now())
                .update();
    }

    public Optional<byte[]> documentContent(long applicationId, long documentId) {
        return jdbc.sql("select content from funding_document where application_id = :a and id = :id")
                .param("a", applicationId)
                .param("id", documentId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Locks the application as its next submitted version, with the frozen copy. */
    public int submit(long id, int version, Instant at, Long userId, boolean eligible, String snapshot) {
        int n = jdbc.sql("update funding_application set status = 'SUBMITTED', version = :v, submitted_at = :at,"
                        + " updated_at = :at where id = :id and status = 'DRAFT'")
                .param("v", version)
                .param("at", utc(at))
                .param("id", id)
                .update();
        if (n == 1) {
            jdbc.sql("insert into funding_submission (application_id, version, submitted_at, submitted_by, eligible,"
                            + " snapshot) values (:a, :v, :at, :u, :e, :s)")
                    .param("a", id)
                    .param("v", version)
                    .param("at", utc(at))
                    .param("u", userId)
                    .param("e", eligible)
                    .param("s", snapshot)
                    .update();
        }
        return n;
    }

    public void reopen(long id) {
        jdbc.sql("update funding_application set status = 'DRAFT', updated_at = :now where id = :id"
                        + " and status = 'SUBMITTED' and decision is null")
                .param("now", now())
                .param("id", id)
                .update();
    }

    public List<Submission> submissions(long applicationId) {
        return jdbc.sql("select application_id, version, submitted_at, submitted_by, eligible, snapshot"
                        + " from funding_submission where application_id = :a order by version")
                .param("a", applicationId)
                .query(Rows.of(Submission.class))
                .list();
    }

    // ---------------------------------------------------------------- evaluation

    public Optional<Conflict> conflict(long applicationId, long userId) {
        return jdbc.sql("select application_id, user_id, conflict, note from funding_conflict"
                        + " where application_id = :a and user_id = :u")
                .param("a", applicationId)
                .param("u", userId)
                .query(Rows.of(Conflict.class))
                .optional();
    }

    public List<Conflict> conflicts(long applicationId) {
        return jdbc.sql(
                        "select application_id, user_id, conflict, note from funding_conflict where application_id = :a")
                .param("a", applicationId)
                .query(Rows.of(Conflict.class))
                .list();
    }

    public void declare(long applicationId, long userId, boolean conflict, String note) {
        jdbc.sql("delete from funding_conflict where application_id = :a and user_id = :u")
                .param("a", applicationId)
                .param("u", userId)
                .update();
        jdbc.sql("insert into funding_conflict (application_id, user_id, conflict, note, declared_at)"
                        + " values (:a, :u, :c, :n, :now)")
                .param("a", applicationId)
                .param("u", userId)
                .param("c", conflict)
                .param("n", note)
                .param("now", now())
                .update();
    }

    /** A reviewer's score and comment on one criterion. */
    public record Score(long userId, long criterionId, int score, String comment) {}

    public List<Score> scores(long applicationId) {
        return jdbc.sql("select user_id, criterion_id, score, comment from funding_score where application_id = :a"
                        + " order by user_id, criterion_id")
                .param("a", applicationId)
                .query(Rows.of(Score.class))
                .list();
    }

    public void score(long applicationId, long userId, long criterionId, int score, String comment) {
        jdbc.sql("delete from funding_score where application_id = :a and user_id = :u and criterion_id = :c")
                .param("a", applicationId)
                .param("u", userId)
                .param("c", criterionId)
                .update();
        jdbc.sql("insert into funding_score (application_id, user_id, criterion_id, score, comment, scored_at)"
                        + " values (:a, :u, :c, :s, :m, :now)")
                .param("a", applicationId)
                .param("u", userId)
                .param("c", criterionId)
                .param("s", score)
                .param("m", comment)
                .param("now", now())
                .update();
    }

    public void consensus(long applicationId, BigDecimal score, String note) {
        jdbc.sql("update funding_application set consensus_score = :s, consensus_note = :n where id = :id")
                .param("s", score)
                .param("n", note)
                .param("id", applicationId)
                .update();
    }

    public void decide(long applicationId, Decision decision, String reason, Long userId) {
        jdbc.sql("update funding_application set decision = :d, decision_reason = :r, decided_by = :u,"
                        + " decided_at = :now where id = :id")
                .param("d", decision.name())
                .param("r", reason)
                .param("u", userId)
                .param("now", now())
                .param("id", applicationId)
                .update();
    }

    // ---------------------------------------------------------------- grants

    private static final String GRANT_COLUMNS =
            "id, application_id, workspace_id, amount, agreement_ref, signed_on, starts_on, ends_on";

    public Optional<Grant> grant(long workspaceId, long id) {
        return jdbc.sql("select " + GRANT_COLUMNS + " from funding_grant where workspace_id = :w and id = :id")
                .param("w", workspaceId)
                .param("id", id)
                .query(Rows.of(Grant.class))
                .optional();
    }

    public Optional<Grant> grantOf(long applicationId) {
        return jdbc.sql("select " + GRANT_COLUMNS + " from funding_grant where application_id = :a")
                .param("a", applicationId)
                .query(Rows.of(Grant.class))
                .optional();
    }

    public List<Grant> grants(long workspaceId) {
        return jdbc.sql("select " + GRANT_COLUMNS + " from funding_grant where workspace_id = :w order by id")
                .param("w", workspaceId)
                .query(Rows.of(Grant.class))
                .list();
    }

    public long insertGrant(
            long workspaceId,
            long applicationId,
            BigDecimal amount,
            String ref,
            LocalDate signedOn,
            LocalDate startsOn,
            LocalDate endsOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_grant (application_id, workspace_id, amount, agreement_ref, signed_on, starts_on,"
                        + " ends_on, created_at) values (:a, :w, :m, :r, :s, :b, :e, :now)")
                .param("a", applicationId)
                .param("w", workspaceId)
                .param("m", amount)
                .param("r", ref)
                .param("s", signedOn)
                .param("b", startsOn)
                .param("e", endsOn)
                .param("now", now())
                .update(keys, "id");
        return key(keys);
    }

    public void deleteGrant(long applicationId) {
        jdbc.sql(
                        "delete from funding_grant where application_id = :a and id not in"
                                + " (select grant_id from funding_milestone) and id not in (select grant_id from funding_payment)")
                .param("a", applicationId)
                .update();
    }

    public List<Milestone> milestones(long grantId) {
        return jdbc.sql("select id, grant_id, title, due_on, tranche, report, cofinancing_spent, reported_at, accepted"
                        + " from funding_milestone where grant_id = :g order by due_on, id")
                .param("g", grantId)
                .query(Rows.of(Milestone.class))
                .list();
    }

    public long insertMilestone(long grantId, String title, LocalDate dueOn, BigDecimal tranche) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_milestone (grant_id, title, due_on, tranche, accepted) values (:g, :t, :d, :m,"
                        + " false)")
                .param("g", grantId)
                .param("t", title)
                .param("d", dueOn)
                .param("m", tranche)
                .update(keys, "id");
        return key(keys);
    }

    public int report(long grantId, long milestoneId, String report, BigDecimal cofinancing, Long userId) {
        return jdbc.sql("update funding_milestone set report = :r, cofinancing_spent = :c, reported_at = :now,"
                        + " reported_by = :u where grant_id = :g and id = :id and accepted = false")
                .param("r", report)
                .param("c", cofinancing)
                .param("now", now())
                .param("u", userId)
                .param("g", grantId)
                .param("id", milestoneId)
                .update();
    }

    public void accept(long grantId, long milestoneId) {
        jdbc.sql("update funding_milestone set accepted = true where grant_id = :g and id = :id and reported_at is not"
                        + " null")
                .param("g", grantId)
                .param("id", milestoneId)
                .update();
    }

    public List<Payment> payments(long grantId) {
        return jdbc.sql("select id, grant_id, milestone_id, paid_on, amount, reference from funding_payment"
                        + " where grant_id = :g order by paid_on, id")
                .param("g", grantId)
                .query(Rows.of(Payment.class))
                .list();
    }

    public long insertPayment(
            long grantId, Long milestoneId, LocalDate paidOn, BigDecimal amount, String ref, Long userId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into funding_payment (grant_id, milestone_id, paid_on, amount, reference, recorded_by)"
                        + " values (:g, :m, :d, :a, :r, :u)")
                .param("g", grantId)
                .param("m", milestoneId)
                .param("d", paidOn)
                .param("a", amount)
                .param("r", ref)
                .param("u", userId)
                .update(keys, "id");
        return key(keys);
    }
}

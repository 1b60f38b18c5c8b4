package org.clusterworks.funding.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The second step of the funding workflow: call settings (application questionnaire, kind, reviewers per
 * application), questionnaire answers, partner invitations and reviewer assignments.
 */
@Repository
public class WorkflowRepository {

    /** What kind of call: how the programme funds projects. */
    public enum CallKind {
        INNOVATION_FUND,
        COLLABORATIVE_PROJECTS,
        STRUCTURAL_FUNDS,
        OTHER;

        public String messageKey() {
            return "funding.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A call's application questionnaire (or null), kind and number of reviewers per application. */
    public record CallSettings(Long questionnaireId, CallKind kind, int reviewersPerApplication) {}

    /** Where a partner stands with its invitation. */
    public enum PartnerStatus {
        INVITED,
        ACCEPTED,
        REFUSED,
        WITHDRAWN;

        public String messageKey() {
            return "funding.partner.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A consortium partner's invitation. */
    public record PartnerInvitation(
            long applicationId, long orgId, PartnerStatus status, OffsetDateTime invitedAt, OffsetDateTime expiresAt) {}

    private final JdbcClient jdbc;

    WorkflowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- call settings

    public CallSettings settings(long callId) {
        return jdbc.sql("select questionnaire_id, kind, reviewers_per_application from funding_call where id = :c")
                .param("c", callId)
                .query((rs, n) -> {
                    long q = rs.getLong(1);
                    Long questionnaire = rs.wasNull() ? null : q;
                    return new CallSettings(questionnaire, CallKind.valueOf(rs.getString(2)), rs.getInt(3));
                })
                .single();
    }

    public void saveSettings(long callId, CallSettings s) {
        jdbc.sql("update funding_call set questionnaire_id = :q, kind = :k, reviewers_per_application = :n"
                        + " where id = :c")
                .param("q", s.questionnaireId())
                .param("k", s.kind().name())
                .param("n", s.reviewersPerApplication())
                .param("c", callId)
                .update();
    }

    // ---------------------------------------------------------------- questionnaire answers

    public Map<String, String> answers(long applicationId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select question, answer from funding_form_answer where application_id = :a order by question")
                .param("a", applicationId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    public void replaceAnswers(long applicationId, Map<String, String> answers) {
        jdbc.sql("delete from funding_form_answer where application_id = :a")
                .param("a", applicationId)
                .update();
        answers.forEach((q, v) -> jdbc.sql(
                        "insert into funding_form_answer (application_id, question, answer) values (:a, :q, :v)")
                .param("a", applicationId)
                .param("q", q)
                .param("v", v)
                .update());
    }

    // ---------------------------------------------------------------- partner invitations

    private static final String PARTNER_COLUMNS = "application_id, org_id, status, invited_at, token_expires_at";

    private static PartnerInvitation invitation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PartnerInvitation(
                rs.getLong(1),
                rs.getLong(2),
                PartnerStatus.valueOf(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, OffsetDateTime.class));
    }

    /** The invitation of every partner of the application, the lead included (always accepted). */
    public List<PartnerInvitation> invitations(long applicationId) {
        return jdbc.sql("select " + PARTNER_COLUMNS + " from funding_partner where application_id = :a"
                        + " order by position, org_id")
                .param("a", applicationId)
                .query(WorkflowRepository::invitation)
                .list();
    }

    /** Puts the partner back to invited with a new secret (stored as its hash) valid until {@code expires}. */
    public void invite(long applicationId, long orgId, String tokenHash, Instant expires) {
        jdbc.sql("update funding_partner set status = 'INVITED', invited_at = :now, token_hash = :h,"
                        + " token_expires_at = :exp, responded_at = null, responded_by = null"
                        + " where application_id = :a and org_id = :o")
                .param("now", now())
                .param("h", tokenHash)
                .param("exp", expires.atOffset(ZoneOffset.UTC))
                .param("a", applicationId)
                .param("o", orgId)
                .update();
    }

    /** The invitation whose secret has this hash, whatever its state. */
    public Optional<PartnerInvitation> byTokenHash(long workspaceId, String tokenHash) {
        return jdbc.sql("select p.application_id, p.org_id, p.status, p.invited_at, p.token_expires_at"
                        + " from funding_partner p join funding_application a on a.id = p.application_id"
                        + " where p.token_hash = :h and a.workspace_id = :w")
                .param("h", tokenHash)
                .param("w", workspaceId)
                .query(WorkflowRepository::invitation)
                .optional();
    }

    /** Records a partner's answer; the secret link stops working. Returns whether the status changed from {@code from}. */
    public boolean respond(long applicationId, long orgId, PartnerStatus from, PartnerStatus to, Long userId) {
        return jdbc.sql("update funding_partner set status = :to, responded_at = :now, responded_by = :u,"
                                + " token_hash = null where application_id = :a and org_id = :o and status = :from")
                        .param("to", to.name())
                        .param("now", now())
                        .param("u", userId)
                        .param("a", applicationId)
                        .param("o", orgId)
                        .param("from", from.name())
                        .update()
                > 0;
    }

    /** Open invitations addressed to an organisation, newest first. */
    public List<PartnerInvitation> openInvitationsOf(long workspaceId, long orgId) {
        return jdbc.sql("select p.application_id, p.org_id, p.status, p.invited_at, p.token_expires_at"
                        + " from funding_partner p join funding_application a on a.id = p.application_id"
                        + " where a.workspace_id = :w and p.org_id = :o and p.status = 'INVITED'"
                        + " order by p.invited_at desc")
                .param("w", workspaceId)
                .param("o", orgId)
                .query(WorkflowRepository::invitation)
                .list();
    }

    // ---------------------------------------------------------------- reviewer assignments

    public List<Long> assigned(long applicationId) {
        return jdbc.sql("select user_id from funding_assignment where application_id = :a order by user_id")
                .param("a", applicationId)
                .query(Long.class)
                .list();
    }

    public boolean isAssigned(long applicationId, long userId) {
        return jdbc.sql("select count(*) from funding_assignment where application_id = :a and user_id = :u")
                        .param("a", applicationId)
                        .param("u", userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void assign(long applicationId, long userId, Long by) {
        if (isAssigned(applicationId, userId)) {
            return;
        }
        jdbc.sql("insert into funding_assignment (application_id, user_id, assigned_at, assigned_by)"
                        + " values (:a, :u, :now, :by)")
                .param("a", applicationId)
                .param("u", userId)
                .param("now", now())
                .param("by", by)
                .update();
    }

    public int unassign(long applicationId, long userId) {
        return jdbc.sql("delete from funding_assignment where application_id = :a and user_id = :u")
                .param("a", applicationId)
                .param("u", userId)
                .update();
    }

    /** How many applications of the call each user is assigned to (users without any are absent). */
    public Map<Long, Integer> load(long callId) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        jdbc.sql("select s.user_id, count(*) from funding_assignment s join funding_application a"
                        + " on a.id = s.application_id where a.call_id = :c group by s.user_id")
                .param("c", callId)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return out;
    }

    /** Whether the reviewer has scored anything on the application. */
    public boolean hasScored(long applicationId, long userId) {
        return jdbc.sql("select count(*) from funding_score where application_id = :a and user_id = :u")
                        .param("a", applicationId)
                        .param("u", userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}

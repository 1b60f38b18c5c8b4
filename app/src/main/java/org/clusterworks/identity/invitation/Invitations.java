package org.clusterworks.identity.invitation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.token.Secrets;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.clusterworks.shared.Rows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations to a workspace: a secret link (stored hashed) that expires, and its acceptance by a user. */
@Service
public class Invitations {

    private static final String COLUMNS = "id, workspace_id, email, role, expires_at, accepted_at, revoked_at";

    private final JdbcClient jdbc;
    private final WorkspaceRepository workspaces;
    private final ApplicationEventPublisher events;
    private final Duration validFor;

    Invitations(
            JdbcClient jdbc,
            WorkspaceRepository workspaces,
            ApplicationEventPublisher events,
            @Value("${clusterworks.invitations.valid-for:7d}") Duration validFor) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.events = events;
        this.validFor = validFor;
    }

    /** Creates an invitation and returns its secret token (shown once, in the link). */
    @Transactional
    public String create(long workspaceId, String email, WorkspaceRole role, long invitedBy) {
        String token = Secrets.random(24);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into invitation (workspace_id, email, role, token_hash, invited_by, created_at, expires_at)"
                        + " values (:w, :e, :r, :h, :by, :now, :exp)")
                .param("w", workspaceId)
                .param("e", email)
                .param("r", role.name())
                .param("h", Secrets.sha256(token))
                .param("by", invitedBy)
                .param("now", now)
                .param("exp", now.plus(validFor))
                .update();
        events.publishEvent(new AuditEvent(
                workspaceId, AuditEvent.Action.CREATED, "invitation", email, "Invited " + email + " as " + role));
        return token;
    }

    public Optional<Invitation> findByToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from invitation where token_hash = :h")
                .param("h", Secrets.sha256(token))
                .query(Rows.of(Invitation.class))
                .optional();
    }

    public List<Invitation> pending(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from invitation where workspace_id = :w and accepted_at is null"
                        + " and revoked_at is null and expires_at > :now order by expires_at")
                .param("w", workspaceId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .query(Rows.of(Invitation.class))
                .list();
    }

    @Transactional
    public boolean revoke(long workspaceId, long invitationId) {
        int n = jdbc.sql("update invitation set revoked_at = :now where id = :id and workspace_id = :w"
                        + " and accepted_at is null and revoked_at is null")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", invitationId)
                .param("w", workspaceId)
                .update();
        if (n > 0) {
            events.publishEvent(new AuditEvent(
                    workspaceId,
                    AuditEvent.Action.DELETED,
                    "invitation",
                    Long.toString(invitationId),
                    "Invitation revoked"));
        }
        return n > 0;
    }

    /**
     * Accepts an open invitation for a user: adds the membership (or keeps an existing one) and closes the invitation.
     * Returns the workspace's slug, or empty when the invitation is not open.
     */
    @Transactional
    public Optional<String> accept(String token, long userId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<Invitation> found = findByToken(token).filter(i -> i.open(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invitation inv = found.get();
        int closed = jdbc.sql("update invitation set accepted_at = :now, accepted_by = :u where id = :id"
                        + " and accepted_at is null and revoked_at is null")
                .param("now", now)
                .param("u", userId)
                .param("id", inv.id())
                .update();
        if (closed == 0) {
            return Optional.empty();
        }
        if (workspaces.roleOf(inv.workspaceId(), userId).isEmpty()) {
            workspaces.addMember(inv.workspaceId(), userId, inv.role());
        }
        events.publishEvent(new AuditEvent(
                inv.workspaceId(),
                AuditEvent.Action.CREATED,
                "workspace-member",
                Long.toString(userId),
                "Joined by invitation as " + inv.role()));
        return workspaces.findById(inv.workspaceId()).map(w -> w.slug());
    }
}

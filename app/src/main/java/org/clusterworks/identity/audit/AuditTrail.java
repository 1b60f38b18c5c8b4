package org.clusterworks.identity.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.user.AccountPrincipal;
import org.clusterworks.shared.Rows;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Records every {@link AuditEvent} published by any module, in the publisher's transaction so a change and its trail
 * are stored or rolled back together, and lists the trail of a workspace.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void record(AuditEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actorName = "system";
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            actorId = p.user().id();
            actorName = p.user().username();
        }
        jdbc.sql("insert into audit_event (occurred_at, workspace_id, actor_user_id, actor_name, action,"
                        + " entity_type, entity_id, summary) values (:t, :w, :a, :n, :act, :et, :eid, :s)")
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .param("w", event.workspaceId())
                .param("a", actorId)
                .param("n", actorName)
                .param("act", event.action().name())
                .param("et", event.entityType())
                .param("eid", event.entityId())
                .param("s", event.summary())
                .update();
    }

    /** The newest entries of a workspace's trail, newest first. */
    public List<AuditEntry> forWorkspace(long workspaceId, int limit) {
        return jdbc.sql("select id, occurred_at, workspace_id, actor_name, action, entity_type, entity_id, summary"
                        + " from audit_event where workspace_id = :w order by occurred_at desc, id desc limit :l")
                .param("w", workspaceId)
                .param("l", limit)
                .query(Rows.of(AuditEntry.class))
                .list();
    }
}

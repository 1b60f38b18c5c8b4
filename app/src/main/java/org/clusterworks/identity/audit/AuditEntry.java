package org.clusterworks.identity.audit;

import java.time.OffsetDateTime;

/** One line of the audit trail. */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        Long workspaceId,
        String actorName,
        String action,
        String entityType,
        String entityId,
        String summary) {}

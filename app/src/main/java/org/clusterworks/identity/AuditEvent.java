package org.clusterworks.identity;

import java.util.Objects;

/**
 * Something created, changed or deleted, published by any module through Spring's event publisher; the identity
 * module records it in the audit trail with the acting user and the time.
 *
 * @param workspaceId the workspace the entity belongs to, or {@code null} for platform-wide entities
 * @param action what happened
 * @param entityType a stable name such as {@code workspace-member} or {@code dataset}
 * @param entityId the entity's identifier
 * @param summary a short human-readable description, without confidential values
 */
public record AuditEvent(Long workspaceId, Action action, String entityType, String entityId, String summary) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        summary = summary == null ? "" : summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    /** The kinds of change the trail records. */
    public enum Action {
        CREATED,
        CHANGED,
        DELETED,
        VIEWED
    }
}

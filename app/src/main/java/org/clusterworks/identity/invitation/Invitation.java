package org.clusterworks.identity.invitation;

import java.time.OffsetDateTime;
import org.clusterworks.identity.WorkspaceRole;

/** An invitation to join a workspace with a role, valid until it expires, is accepted or is revoked. */
public record Invitation(
        long id,
        long workspaceId,
        String email,
        WorkspaceRole role,
        OffsetDateTime expiresAt,
        OffsetDateTime acceptedAt,
        OffsetDateTime revokedAt) {

    public boolean open(OffsetDateTime now) {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }
}

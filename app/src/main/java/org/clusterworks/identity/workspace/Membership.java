package org.clusterworks.identity.workspace;

import java.time.OffsetDateTime;
import org.clusterworks.identity.WorkspaceRole;

/** A user's membership of a workspace, with the user's names for display. */
public record Membership(
        long workspaceId,
        long userId,
        String username,
        String displayName,
        WorkspaceRole role,
        OffsetDateTime joinedAt) {}

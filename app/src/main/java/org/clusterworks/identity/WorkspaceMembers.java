package org.clusterworks.identity;

import java.util.List;
import java.util.Optional;

/** Read access to the members of a workspace for other modules (reviewers, panels, mail recipients). */
public interface WorkspaceMembers {

    /** The enabled members of the workspace, by display name. */
    List<WorkspaceMember> members(long workspaceId);

    /** The member with this user id, if the user belongs to the workspace. */
    default Optional<WorkspaceMember> member(long workspaceId, long userId) {
        return members(workspaceId).stream().filter(m -> m.userId() == userId).findFirst();
    }
}

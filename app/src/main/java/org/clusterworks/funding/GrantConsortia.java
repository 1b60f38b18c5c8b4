package org.clusterworks.funding;

import java.util.Optional;

/** Read access to an awarded grant's project and consortium for other modules; workspace-scoped. */
public interface GrantConsortia {

    /** The grant with its consortium, if it belongs to the workspace. */
    Optional<GrantConsortium> consortium(long workspaceId, long grantId);
}

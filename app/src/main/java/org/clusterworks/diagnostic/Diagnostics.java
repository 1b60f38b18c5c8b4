package org.clusterworks.diagnostic;

import java.util.List;

/** Read access to initiatives' diagnostics for other modules; every call is workspace-scoped. */
public interface Diagnostics {

    /**
     * The SWOT items of an initiative, by quadrant then by votes (most first) then by title; empty for an initiative
     * outside the workspace.
     */
    List<SwotItem> swot(long workspaceId, long initiativeId);
}

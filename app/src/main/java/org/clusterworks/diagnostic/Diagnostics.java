package org.clusterworks.diagnostic;

import java.util.List;
import java.util.Optional;

/** Read access to initiatives' diagnostics for other modules; every call is workspace-scoped. */
public interface Diagnostics {

    /**
     * The SWOT items of an initiative, by quadrant then by votes (most first) then by title; empty for an initiative
     * outside the workspace.
     */
    List<SwotItem> swot(long workspaceId, long initiativeId);

    /** The latest approved baseline of an initiative, if its diagnostic was approved. */
    Optional<DiagnosticBaseline> baseline(long workspaceId, long initiativeId);
}

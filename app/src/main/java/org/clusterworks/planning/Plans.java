package org.clusterworks.planning;

import java.util.List;

/**
 * Read access to initiatives' action plans and their implementation for other modules (monitoring links indicators
 * to action lines and counts the platform's figures); every call is workspace-scoped and answers an empty list for
 * an initiative outside the workspace.
 */
public interface Plans {

    /** The initiative's strategic objectives, by code. */
    List<PlannedObjective> objectives(long workspaceId, long initiativeId);

    /** The initiative's action lines, by code. */
    List<PlannedActionLine> actionLines(long workspaceId, long initiativeId);

    /** The initiative's joint actions with their participating organisations, by start date. */
    List<JointActionSummary> jointActions(long workspaceId, long initiativeId);

    /** The initiative's events with registration and attendance counts, by start time. */
    List<EventSummary> events(long workspaceId, long initiativeId);
}

package org.clusterworks.planning;

import java.util.Set;

/**
 * A hook for the monitoring module: which action lines and objectives have an indicator. When a bean of this type
 * exists, the golden-thread check also lists action lines and objectives that no indicator measures.
 */
public interface IndicatorCoverage {

    /** Ids of the initiative's action lines that at least one indicator measures. */
    Set<Long> measuredActionLines(long workspaceId, long initiativeId);

    /** Ids of the initiative's objectives that at least one indicator measures. */
    Set<Long> measuredObjectives(long workspaceId, long initiativeId);
}

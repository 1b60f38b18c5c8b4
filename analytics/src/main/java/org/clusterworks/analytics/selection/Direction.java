package org.clusterworks.analytics.selection;

/** Whether more of a criterion is better (benefit) or worse (cost), as in multi-criteria decision analysis. */
public enum Direction {
    BENEFIT,
    COST
}

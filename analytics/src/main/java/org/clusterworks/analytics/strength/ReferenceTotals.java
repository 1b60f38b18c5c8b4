package org.clusterworks.analytics.strength;

/**
 * Reference-area employment (e.g. national figures published separately) for the LQ denominator.
 *
 * @param perCluster employment per cluster, in the column order of the matrices evaluated
 * @param tradedTotal reference employment of all traded clusters (may include clusters absent from the input)
 * @param localTotal reference employment of all local clusters
 */
public record ReferenceTotals(double[] perCluster, double tradedTotal, double localTotal) {}

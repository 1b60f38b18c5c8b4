package org.clusterworks.analytics.strength;

/**
 * Thresholds of the U.S. Cluster Mapping strength flags, as data so they can be stored and changed.
 *
 * <p>All quantiles are per cluster over the regions with employment above 0 (type 7, see {@link Quantiles}). The
 * published defaults ({@link #usClusterMapping()}, from the project's processing code, clustermapping/cmp
 * {@code cluster_calcs_reducer.js}): a region-cluster passes the <em>size test</em> when its employment and its
 * establishments are both above their 25th percentiles; it is <em>qualifying</em> when in addition its LQ is above
 * the 25th percentile of LQ, <em>significant</em> when LQ is above the median, <em>strong</em> when LQ is at or above
 * the 75th percentile and at least 1, <em>strong10</em> when LQ is at or above the 90th percentile and at least 1.
 *
 * @param sizeQuantile quantile that employment and establishments must exceed (0.25)
 * @param qualifyingLqQuantile quantile that LQ must exceed to qualify (0.25)
 * @param significantLqQuantile quantile that LQ must exceed to be significant (0.5)
 * @param strongLqQuantile quantile that LQ must reach to be strong (0.75)
 * @param strong10LqQuantile quantile that LQ must reach to be strong10 (0.9)
 * @param minimumStrongLq the LQ that strong and strong10 clusters must reach in addition (1.0)
 */
public record StrengthRules(
        double sizeQuantile,
        double qualifyingLqQuantile,
        double significantLqQuantile,
        double strongLqQuantile,
        double strong10LqQuantile,
        double minimumStrongLq) {

    /** The rules as applied by the U.S. Cluster Mapping Project. */
    public static StrengthRules usClusterMapping() {
        return new StrengthRules(0.25, 0.25, 0.5, 0.75, 0.9, 1.0);
    }
}

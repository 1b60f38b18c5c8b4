package org.clusterworks.analytics.strength;

/**
 * One star criterion as data (so it can be stored and edited): a metric of each region x cluster cell compared with a
 * threshold that is either an absolute value or a quantile.
 *
 * @param name the star's name, e.g. "size"
 * @param metric the value looked at
 * @param scope how {@code threshold} is read: an absolute value, or a quantile probability over a set of cells
 * @param comparison how the metric is compared with the resolved threshold
 * @param threshold the value, or the probability in [0, 1] for the quantile scopes
 */
public record StarRule(String name, Metric metric, Scope scope, Comparison comparison, double threshold) {

    public StarRule {
        if (scope != Scope.ABSOLUTE && (threshold < 0 || threshold > 1)) {
            throw new IllegalArgumentException(
                    "rule " + name + ": a quantile threshold must be in [0,1], got " + threshold);
        }
    }

    /** The value of a region x cluster cell that a rule looks at. */
    public enum Metric {
        /** Employment of the cell. */
        EMPLOYMENT,
        /** Location quotient on the region's total employment. */
        LQ,
        /** Share of the region's total employment in the cluster ("focus"). */
        REGION_SHARE,
        /** Share of the cluster's reference-area employment located in the region. */
        NATIONAL_SHARE
    }

    /** How the threshold is read. */
    public enum Scope {
        /** The threshold is a value of the metric. */
        ABSOLUTE,
        /** Type 7 quantile over the regions with employment above 0 in the same cluster. */
        QUANTILE_WITHIN_CLUSTER,
        /** Type 7 quantile over all region x cluster cells with employment above 0. */
        QUANTILE_ALL
    }

    /** The comparison of the metric with the threshold. */
    public enum Comparison {
        AT_LEAST,
        ABOVE;

        boolean test(double value, double threshold) {
            return this == AT_LEAST ? value >= threshold : value > threshold;
        }
    }
}

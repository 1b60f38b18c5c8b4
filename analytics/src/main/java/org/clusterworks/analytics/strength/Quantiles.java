package org.clusterworks.analytics.strength;

/**
 * Sample quantiles by linear interpolation between order statistics: Hyndman &amp; Fan (1996) type 7, the default of
 * R {@code quantile()}, numpy {@code quantile()}, pandas and d3 {@code quantile}: {@code h = (n - 1) p},
 * {@code Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])} on the ascending sample.
 */
public final class Quantiles {

    private Quantiles() {}

    /** Type 7 quantile of an ascending-sorted sample of length {@code n >= 1}; NaN for an empty sample. */
    public static double type7(double[] sorted, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("quantile probability must be in [0,1], got " + p);
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}

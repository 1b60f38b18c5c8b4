package org.clusterworks.analytics.specialisation;

/** Growth between two years: total change rate and compound annual growth rate (CAGR). */
public final class Growth {

    private Growth() {}

    /** {@code x1 / x0 - 1}; NaN when {@code x0} is 0. */
    public static double rate(double x0, double x1) {
        return x0 > 0 ? x1 / x0 - 1 : Double.NaN;
    }

    /** {@code (x1 / x0)^(1 / years) - 1}, the constant yearly rate that turns {@code x0} into {@code x1}. */
    public static double cagr(double x0, double x1, double years) {
        if (!(years > 0)) {
            throw new IllegalArgumentException("years must be positive, got " + years);
        }
        return x0 > 0 ? Math.pow(x1 / x0, 1 / years) - 1 : Double.NaN;
    }
}

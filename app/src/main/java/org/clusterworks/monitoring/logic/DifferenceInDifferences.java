package org.clusterworks.monitoring.logic;

import java.util.List;

/**
 * Difference-in-differences of a measure between supported units (treated) and a comparison group, before and after
 * the support: {@code DD = (T1 - T0) - (C1 - C0)}, the change of the supported group's mean minus the change of the
 * comparison group's mean (Gertler, Martinez, Premand, Rawlings and Vermeersch, <i>Impact Evaluation in Practice</i>,
 * 2nd ed., World Bank 2016, chapter 7). It equals the interaction coefficient {@code b3} of the regression {@code y
 * = b0 + b1 T + b2 After + b3 T x After + e} fitted by least squares on the four groups as repeated cross-sections.
 *
 * <p>Two standard errors are given: {@code regression} is the usual OLS standard error of {@code b3} (one residual
 * variance {@code s^2 = SSR / (N - 4)} for all groups: {@code s * sqrt(1/n_T0 + 1/n_T1 + 1/n_C0 + 1/n_C1)}, since
 * the model is saturated and its fitted values are the group means); {@code unequalVariances} is that of the
 * difference of four independent means, {@code sqrt(sum of s_g^2 / n_g)} with each group's sample variance. Neither
 * accounts for the same firms answering both rounds (a panel), clustering, or a failure of the parallel-trends
 * assumption; the page prints these caveats.
 */
public final class DifferenceInDifferences {

    private DifferenceInDifferences() {}

    /** The mean, sample variance (n - 1) and size of one group. */
    public record Group(double mean, double variance, int n) {

        static Group of(List<Double> values) {
            int n = values.size();
            double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
            double ss =
                    values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return new Group(mean, n > 1 ? ss / (n - 1) : Double.NaN, n);
        }

        double squares() {
            return variance * (n - 1);
        }
    }

    /** The estimate with its two standard errors and the four groups. */
    public record Estimate(
            Group treatedBefore,
            Group treatedAfter,
            Group comparisonBefore,
            Group comparisonAfter,
            double estimate,
            double regressionStandardError,
            double unequalVariancesStandardError,
            int degreesOfFreedom) {

        /** The estimate over its regression standard error. */
        public double t() {
            return estimate / regressionStandardError;
        }
    }

    /**
     * The estimate from the four groups' values.
     *
     * @throws IllegalArgumentException when a group has fewer than two values
     */
    public static Estimate of(
            List<Double> treatedBefore,
            List<Double> treatedAfter,
            List<Double> comparisonBefore,
            List<Double> comparisonAfter) {
        for (List<Double> g : List.of(treatedBefore, treatedAfter, comparisonBefore, comparisonAfter)) {
            if (g.size() < 2) {
                throw new IllegalArgumentException("each group needs at least two values");
            }
        }
        Group t0 = Group.of(treatedBefore);
        Group t1 = Group.of(treatedAfter);
        Group c0 = Group.of(comparisonBefore);
        Group c1 = Group.of(comparisonAfter);
        double dd = (t1.mean() - t0.mean()) - (c1.mean() - c0.mean());
        int n = t0.n() + t1.n() + c0.n() + c1.n();
        int df = n - 4;
        double ssr = t0.squares() + t1.squares() + c0.squares() + c1.squares();
        double inverseSizes = 1.0 / t0.n() + 1.0 / t1.n() + 1.0 / c0.n() + 1.0 / c1.n();
        double regression = Math.sqrt(ssr / df * inverseSizes);
        double unequal = Math.sqrt(
                t0.variance() / t0.n() + t1.variance() / t1.n() + c0.variance() / c0.n() + c1.variance() / c1.n());
        return new Estimate(t0, t1, c0, c1, dd, regression, unequal, df);
    }
}

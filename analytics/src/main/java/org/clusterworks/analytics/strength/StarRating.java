package org.clusterworks.analytics.strength;

import java.util.Arrays;
import java.util.List;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Awards each region x cluster cell one star per {@link StarRule} it meets.
 *
 * <p>{@link #europeanClusterObservatory()} gives the European Cluster Observatory's three stars (Ketels &amp; Sölvell
 * 2006, "Innovation clusters in the 10 new member states", Europe INNOVA paper 1; clusterobservatory.eu methodology):
 * <em>size</em>, employment in the top 10% of regions in the same cluster category; <em>specialisation</em>, an LQ of
 * at least 2; <em>focus</em>, a share of the region's total employment in the top 10% of regions in the same cluster
 * category. Cells with zero employment get no stars.
 */
public final class StarRating {

    private final List<StarRule> rules;

    public StarRating(List<StarRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The European Cluster Observatory size, specialisation and focus stars. */
    public static StarRating europeanClusterObservatory() {
        return new StarRating(List.of(
                new StarRule(
                        "size",
                        StarRule.Metric.EMPLOYMENT,
                        StarRule.Scope.QUANTILE_WITHIN_CLUSTER,
                        StarRule.Comparison.AT_LEAST,
                        0.9),
                new StarRule(
                        "specialisation", StarRule.Metric.LQ, StarRule.Scope.ABSOLUTE, StarRule.Comparison.AT_LEAST, 2),
                new StarRule(
                        "focus",
                        StarRule.Metric.REGION_SHARE,
                        StarRule.Scope.QUANTILE_WITHIN_CLUSTER,
                        StarRule.Comparison.AT_LEAST,
                        0.9)));
    }

    public List<StarRule> rules() {
        return rules;
    }

    /** Stars for every cell, with the metric values that decided them. */
    public record Result(List<StarRule> rules, double[][] metricValues, boolean[][] awarded, int[] stars) {}

    /**
     * Rates a regions x clusters employment matrix.
     *
     * @param employment regions x clusters employment
     * @param regionTotals total employment of each region (all industries), or null for the row sums
     */
    public Result rate(LabelledMatrix employment, double[] regionTotals) {
        int rows = employment.rows();
        int cols = employment.columns();
        double[] e = employment.values();
        double[] totals = regionTotals == null
                ? org.clusterworks.analytics.specialisation.Margins.of(employment)
                        .rowTotals()
                : regionTotals.clone();
        double grand = Arrays.stream(totals).sum();
        double[] clusterTotals =
                org.clusterworks.analytics.specialisation.Margins.of(employment).columnTotals();
        double[][] values = new double[rules.size()][];
        boolean[][] awarded = new boolean[rules.size()][];
        int[] stars = new int[e.length];
        for (int k = 0; k < rules.size(); k++) {
            StarRule rule = rules.get(k);
            double[] v = metric(rule.metric(), e, rows, cols, totals, grand, clusterTotals);
            double[] cut = thresholds(rule, v, e, rows, cols);
            boolean[] a = new boolean[e.length];
            for (int cell = 0; cell < e.length; cell++) {
                a[cell] = e[cell] > 0 && rule.comparison().test(v[cell], cut[cell % cols]);
                stars[cell] += a[cell] ? 1 : 0;
            }
            values[k] = v;
            awarded[k] = a;
        }
        return new Result(rules, values, awarded, stars);
    }

    private static double[] metric(
            StarRule.Metric metric,
            double[] e,
            int rows,
            int cols,
            double[] regionTotals,
            double grand,
            double[] clusterTotals) {
        double[] v = new double[e.length];
        for (int cell = 0; cell < e.length; cell++) {
            int r = cell / cols;
            int c = cell % cols;
            double x = e[cell] == e[cell] ? e[cell] : 0;
            v[cell] = switch (metric) {
                case EMPLOYMENT -> x;
                case REGION_SHARE -> x / regionTotals[r];
                case NATIONAL_SHARE -> x / clusterTotals[c];
                case LQ -> (x / regionTotals[r]) / (clusterTotals[c] / grand);
            };
        }
        return v;
    }

    /** The resolved threshold per column (the same for all columns unless the scope is within a cluster). */
    private static double[] thresholds(StarRule rule, double[] v, double[] e, int rows, int cols) {
        double[] cut = new double[cols];
        switch (rule.scope()) {
            case ABSOLUTE -> Arrays.fill(cut, rule.threshold());
            case QUANTILE_ALL -> {
                double[] sample = new double[e.length];
                int n = 0;
                for (int cell = 0; cell < e.length; cell++) {
                    if (e[cell] > 0) {
                        sample[n++] = v[cell];
                    }
                }
                Arrays.sort(sample, 0, n);
                Arrays.fill(cut, Quantiles.type7(sample, n, rule.threshold()));
            }
            case QUANTILE_WITHIN_CLUSTER -> {
                double[] sample = new double[rows];
                for (int c = 0; c < cols; c++) {
                    int n = 0;
                    for (int r = 0; r < rows; r++) {
                        if (e[r * cols + c] > 0) {
                            sample[n++] = v[r * cols + c];
                        }
                    }
                    Arrays.sort(sample, 0, n);
                    cut[c] = Quantiles.type7(sample, n, rule.threshold());
                }
            }
        }
        return cut;
    }
}

package org.clusterworks.analytics.selection;

import java.util.Arrays;

/**
 * Rank scaling (r - 1) / (n - 1) where r is the average rank from worst (1) to best (n), ties sharing their mean rank;
 * in [0, 1], robust to outliers; a single candidate scales to 0.
 */
public final class RankScaling implements CriterionScaling {

    @Override
    public double[] scale(double[] raw, Direction direction) {
        CriterionScaling.check(raw);
        int n = raw.length;
        double[] oriented = new double[n];
        for (int i = 0; i < n; i++) {
            oriented[i] = direction == Direction.BENEFIT ? raw[i] : -raw[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(oriented[a], oriented[b]));
        double[] out = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && oriented[order[j + 1]] == oriented[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                out[order[k]] = n > 1 ? (rank - 1) / (n - 1) : 0;
            }
            i = j + 1;
        }
        return out;
    }
}

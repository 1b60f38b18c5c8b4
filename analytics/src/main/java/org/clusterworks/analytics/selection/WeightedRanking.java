package org.clusterworks.analytics.selection;

import java.util.Arrays;

/**
 * Simple additive weighting (weighted sum model, Fishburn 1967): score_i = sum_k w_k s_ik over scaled criteria s;
 * rank 1 is the highest score, ties ordered by candidate position.
 */
public final class WeightedRanking {

    /** Scores and ranks, in candidate order. */
    public record Result(double[] scores, int[] ranks) {}

    /**
     * @param scaled criterion-major: scaled[k][i] is candidate i on criterion k (higher is better)
     * @param weights one per criterion, non-negative, summing to 1
     */
    public Result rank(double[][] scaled, double[] weights) {
        double[] scores = scores(scaled, weights);
        return new Result(scores, ranks(scores));
    }

    static double[] scores(double[][] scaled, double[] weights) {
        if (scaled.length != weights.length || scaled.length == 0) {
            throw new IllegalArgumentException("one weight per criterion needed");
        }
        int n = scaled[0].length;
        double[] scores = new double[n];
        for (int k = 0; k < scaled.length; k++) {
            double w = weights[k];
            double[] s = scaled[k];
            for (int i = 0; i < n; i++) {
                scores[i] += w * s[i];
            }
        }
        return scores;
    }

    static int[] ranks(double[] scores) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] ranks = new int[n];
        for (int r = 0; r < n; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }

    /** Checks and returns weights normalised to sum 1. */
    public static double[] normaliseWeights(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] / sum;
        }
        return out;
    }
}

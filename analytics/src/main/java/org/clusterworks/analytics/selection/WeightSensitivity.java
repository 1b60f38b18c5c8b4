package org.clusterworks.analytics.selection;

import java.util.SplittableRandom;

/**
 * Monte Carlo weight sensitivity of a weighted ranking: N seeded draws of perturbed weights, reporting each candidate's
 * probability of ranking in the top k and its mean rank (in the spirit of stochastic multicriteria acceptability
 * analysis, Lahdelma, Hokkanen and Salminen 1998, EJOR 106:137); the probabilities sum to k over the candidates.
 */
public final class WeightSensitivity {

    /** Per candidate, in candidate order. */
    public record Result(double[] topKProbability, double[] meanRank, int draws, int k) {}

    private final WeightPerturbation perturbation;

    public WeightSensitivity(WeightPerturbation perturbation) {
        this.perturbation = perturbation;
    }

    public Result run(double[][] scaled, double[] weights, int k, int draws, long seed) {
        int n = scaled[0].length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("top k must be in 1.." + n + ": " + k);
        }
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1: " + draws);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] inTop = new long[n];
        long[] rankSum = new long[n];
        for (int d = 0; d < draws; d++) {
            double[] w = perturbation.draw(weights, random);
            int[] ranks = WeightedRanking.ranks(WeightedRanking.scores(scaled, w));
            for (int i = 0; i < n; i++) {
                rankSum[i] += ranks[i];
                if (ranks[i] <= k) {
                    inTop[i]++;
                }
            }
        }
        double[] p = new double[n];
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = (double) inTop[i] / draws;
            mean[i] = (double) rankSum[i] / draws;
        }
        return new Result(p, mean, draws, k);
    }
}

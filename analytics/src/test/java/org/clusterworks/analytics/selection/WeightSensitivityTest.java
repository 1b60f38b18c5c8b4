package org.clusterworks.analytics.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightSensitivityTest {

    // 5 candidates, 3 criteria (already scaled): candidate 0 dominates, 4 is dominated, 1-3 trade off.
    private static final double[][] SCALED = {
        {1.0, 0.9, 0.2, 0.5, 0.0},
        {1.0, 0.1, 0.8, 0.5, 0.0},
        {1.0, 0.5, 0.5, 0.6, 0.0}
    };
    private static final double[] WEIGHTS = {0.5, 0.3, 0.2};

    @Test
    void topKProbabilitiesSumToKOverTheCandidates() {
        for (WeightPerturbation p :
                new WeightPerturbation[] {new DirichletPerturbation(20), new UniformPerturbation(0.5)}) {
            for (int k = 1; k <= 5; k++) {
                WeightSensitivity.Result r = new WeightSensitivity(p).run(SCALED, WEIGHTS, k, 2_000, 7);
                assertThat(Arrays.stream(r.topKProbability()).sum()).isCloseTo(k, within(1e-9));
            }
        }
    }

    @Test
    void dominantCandidateIsAlwaysFirstAndDominatedAlwaysLast() {
        WeightSensitivity.Result r =
                new WeightSensitivity(new DirichletPerturbation(2)).run(SCALED, WEIGHTS, 1, 2_000, 11);
        assertThat(r.topKProbability()[0]).isEqualTo(1.0);
        assertThat(r.meanRank()[0]).isEqualTo(1.0);
        assertThat(r.meanRank()[4]).isEqualTo(5.0);
    }

    @Test
    void tradeOffCandidatesShareTheSecondPlaceUnderNoise() {
        WeightSensitivity.Result r =
                new WeightSensitivity(new DirichletPerturbation(2)).run(SCALED, WEIGHTS, 2, 4_000, 3);
        assertThat(r.topKProbability()[1]).isBetween(0.05, 0.95);
        assertThat(r.topKProbability()[2]).isBetween(0.05, 0.95);
    }

    @Test
    void withoutNoiseProbabilitiesAreTheBaseRanking() {
        WeightSensitivity.Result r = new WeightSensitivity(new UniformPerturbation(0)).run(SCALED, WEIGHTS, 2, 50, 1);
        int[] base = new WeightedRanking().rank(SCALED, WEIGHTS).ranks();
        for (int i = 0; i < 5; i++) {
            assertThat(r.topKProbability()[i]).isEqualTo(base[i] <= 2 ? 1.0 : 0.0);
        }
    }

    @Test
    void sameSeedGivesTheSameAnswer() {
        WeightSensitivity s = new WeightSensitivity(new DirichletPerturbation(5));
        assertThat(s.run(SCALED, WEIGHTS, 2, 500, 42).topKProbability())
                .containsExactly(s.run(SCALED, WEIGHTS, 2, 500, 42).topKProbability());
    }

    @Test
    void dirichletDrawsHaveTheGivenWeightsAsMeanAndTheTheoreticalVariance() {
        double c = 10;
        DirichletPerturbation d = new DirichletPerturbation(c);
        SplittableRandom random = new SplittableRandom(5);
        int n = 200_000;
        double[] sum = new double[3];
        double[] sumSq = new double[3];
        for (int i = 0; i < n; i++) {
            double[] w = d.draw(WEIGHTS, random);
            assertThat(Arrays.stream(w).sum()).isCloseTo(1, within(1e-12));
            for (int k = 0; k < 3; k++) {
                sum[k] += w[k];
                sumSq[k] += w[k] * w[k];
            }
        }
        for (int k = 0; k < 3; k++) {
            double mean = sum[k] / n;
            double variance = sumSq[k] / n - mean * mean;
            double expectedVariance = WEIGHTS[k] * (1 - WEIGHTS[k]) / (c + 1);
            // Standard error of the mean is sqrt(var / n) < 3e-4; allow about 10 standard errors.
            assertThat(mean).isCloseTo(WEIGHTS[k], within(3e-3));
            assertThat(variance).isCloseTo(expectedVariance, within(0.03 * expectedVariance));
        }
    }
}

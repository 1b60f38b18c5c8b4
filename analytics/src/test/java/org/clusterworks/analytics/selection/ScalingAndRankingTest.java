package org.clusterworks.analytics.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScalingAndRankingTest {

    private static final double[] RAW = {10, 20, 40, 30};

    @Test
    void minMaxMapsTheBestToOneAndTheWorstToZeroInEitherDirection() {
        assertThat(new MinMaxScaling().scale(RAW, Direction.BENEFIT))
                .containsExactly(new double[] {0, 1 / 3.0, 1, 2 / 3.0}, within(1e-15));
        assertThat(new MinMaxScaling().scale(RAW, Direction.COST))
                .containsExactly(new double[] {1, 2 / 3.0, 0, 1 / 3.0}, within(1e-15));
    }

    @Test
    void zScoreUsesTheSampleStandardDeviationAndFlipsCosts() {
        // mean 25, sample sd sqrt(500/3)
        double sd = Math.sqrt(500 / 3.0);
        assertThat(new ZScoreScaling().scale(RAW, Direction.BENEFIT)[2]).isCloseTo(15 / sd, within(1e-15));
        assertThat(new ZScoreScaling().scale(RAW, Direction.COST)[2]).isCloseTo(-15 / sd, within(1e-15));
    }

    @Test
    void rankScalingSharesTiedRanks() {
        assertThat(new RankScaling().scale(new double[] {5, 1, 5, 3}, Direction.BENEFIT))
                .containsExactly(new double[] {2.5 / 3, 0, 2.5 / 3, 1 / 3.0}, within(1e-15));
        assertThat(new RankScaling().scale(new double[] {5, 1, 5, 3}, Direction.COST))
                .containsExactly(new double[] {0.5 / 3, 1, 0.5 / 3, 2 / 3.0}, within(1e-15));
    }

    @Test
    void constantCriterionCannotDiscriminate() {
        for (CriterionScaling s : new CriterionScaling[] {new MinMaxScaling(), new ZScoreScaling()}) {
            assertThat(s.scale(new double[] {7, 7, 7}, Direction.BENEFIT)).containsOnly(0.0);
        }
    }

    @Test
    void weightedSumRanksTheHighestScoreFirst() {
        double[][] scaled = {{1, 0, 0.5}, {0, 1, 0.5}};
        WeightedRanking.Result r = new WeightedRanking().rank(scaled, new double[] {0.7, 0.3});
        assertThat(r.scores()).containsExactly(new double[] {0.7, 0.3, 0.5}, within(1e-15));
        assertThat(r.ranks()).containsExactly(1, 3, 2);
    }

    @Test
    void weightsAreNormalisedToSumOne() {
        assertThat(WeightedRanking.normaliseWeights(new double[] {2, 1, 1}))
                .containsExactly(new double[] {0.5, 0.25, 0.25}, within(1e-15));
    }
}

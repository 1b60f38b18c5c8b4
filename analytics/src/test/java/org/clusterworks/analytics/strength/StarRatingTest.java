package org.clusterworks.analytics.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.junit.jupiter.api.Test;

class StarRatingTest {

    // 10 regions x 2 clusters; region r9 is large in cluster a and specialised in it
    private static final LabelledMatrix EMPLOYMENT = matrix();

    private static LabelledMatrix matrix() {
        String[] regions = new String[10];
        double[] v = new double[20];
        for (int r = 0; r < 10; r++) {
            regions[r] = "r" + r;
            v[2 * r] = 10 + r; // cluster a
            v[2 * r + 1] = 100; // cluster b
        }
        v[18] = 400;
        return new LabelledMatrix(regions, new String[] {"a", "b"}, v);
    }

    @Test
    void ecoStarsFollowSizeSpecialisationAndFocusRules() {
        StarRating.Result result = StarRating.europeanClusterObservatory().rate(EMPLOYMENT, null);

        // cluster a employment: 10..18, 400 -> 90th percentile = 18 + 0.1 * 382 = 56.2: only r9 has size
        int r9a = 18;
        assertThat(result.awarded()[0][r9a]).isTrue();
        assertThat(result.awarded()[0][16]).isFalse();
        // r9 LQ in a = (400/500) / (535/1435) > 2
        assertThat(result.metricValues()[1][r9a]).isGreaterThan(2);
        assertThat(result.awarded()[1][r9a]).isTrue();
        assertThat(result.stars()[r9a]).isEqualTo(3);
        // every region has 100 in b: b's 90th percentile is 100, so every region reaches size in b
        assertThat(result.awarded()[0][1]).isTrue();
        assertThat(result.awarded()[1][1]).isFalse();
    }

    @Test
    void userRulesAreData() {
        StarRule bigLq =
                new StarRule("lq>1.5", StarRule.Metric.LQ, StarRule.Scope.ABSOLUTE, StarRule.Comparison.ABOVE, 1.5);
        StarRule topHalf = new StarRule(
                "top half", StarRule.Metric.EMPLOYMENT, StarRule.Scope.QUANTILE_ALL, StarRule.Comparison.AT_LEAST, 0.5);

        StarRating.Result result = new StarRating(List.of(bigLq, topHalf)).rate(EMPLOYMENT, null);

        assertThat(result.stars()[18]).isEqualTo(2);
        // all cells: 10..18 (9 values), 100 x 10, 400 -> median of 20 values = 100
        assertThat(result.awarded()[1][1]).isTrue();
        assertThat(result.awarded()[1][0]).isFalse();
    }

    @Test
    void quantileThresholdOutsideZeroOneIsRejected() {
        assertThatThrownBy(() -> new StarRule(
                        "x", StarRule.Metric.LQ, StarRule.Scope.QUANTILE_ALL, StarRule.Comparison.ABOVE, 90))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

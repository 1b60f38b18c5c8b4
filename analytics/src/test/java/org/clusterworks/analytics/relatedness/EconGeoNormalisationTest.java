package org.clusterworks.analytics.relatedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.clusterworks.analytics.core.LabelledMatrix;
import org.junit.jupiter.api.Test;

/**
 * EconGeo's {@code relatedness()} normalisations on a 3 x 3 co-occurrence matrix worked by hand: with the diagonal
 * zeroed, C01 = 2, C02 = 1, C12 = 3, so s = (3, 5, 4) and T = 12.
 */
class EconGeoNormalisationTest {

    private static final CoOccurrence C =
            CoOccurrence.of(new String[] {"a", "b", "c"}, new int[] {5, 2, 1, 2, 4, 3, 1, 3, 6});

    @Test
    void associationStrengthIsCoOccurrenceOverItsExpectationUnderIndependence() {
        // 2 * 12 / (3 * 5)
        assertThat(new AssociationStrength().relatedness(C).get(0, 1)).isCloseTo(1.6, within(1e-15));
    }

    @Test
    void probabilityIndexCountsCombinationsWithoutRepetition() {
        // 2 / (6 * ((5/12)(3/7) + (3/12)(5/9))) = 2 / (40/21)
        assertThat(new ProbabilityIndex().relatedness(C).get(0, 1)).isCloseTo(1.05, within(1e-14));
    }

    @Test
    void cosineAndJaccardFollowVanEckAndWaltman() {
        assertThat(new CosineSimilarity().relatedness(C).get(0, 1)).isCloseTo(2 / Math.sqrt(15), within(1e-15));
        assertThat(new JaccardIndex().relatedness(C).get(1, 2)).isCloseTo(3.0 / (5 + 4 - 3), within(1e-15));
    }

    @Test
    void everyNormalisationIsSymmetricWithAZeroDiagonal() {
        for (RelatednessMeasure m : new RelatednessMeasure[] {
            new AssociationStrength(), new ProbabilityIndex(), new CosineSimilarity(), new JaccardIndex()
        }) {
            LabelledMatrix r = m.relatedness(C);
            for (int i = 0; i < 3; i++) {
                assertThat(r.get(i, i)).isZero();
                for (int j = 0; j < 3; j++) {
                    assertThat(r.get(i, j)).isEqualTo(r.get(j, i));
                }
            }
        }
    }

    @Test
    void proximityIsTheSmallerConditionalProbability() {
        // C01 = 2 with totals 5 and 4: min(2/5, 2/4) = 0.4
        assertThat(new MinimumConditionalProbability().relatedness(C).get(0, 1)).isEqualTo(0.4);
    }

    @Test
    void isolatedIndustriesGetZeroNotNaN() {
        CoOccurrence isolated = CoOccurrence.of(new String[] {"a", "b"}, new int[] {0, 0, 0, 3});
        assertThat(new AssociationStrength().relatedness(isolated).values()).containsOnly(0.0);
        assertThat(new MinimumConditionalProbability().relatedness(isolated).values())
                .containsOnly(0.0);
    }
}

package org.clusterworks.analytics.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AhpWeightsTest {

    @Test
    void consistentMatrixRecoversItsWeightsWithZeroConsistencyRatio() {
        double[] w = {0.5, 0.25, 0.15, 0.1};
        double[] a = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i * 4 + j] = w[i] / w[j];
            }
        }
        AhpWeights.Result r = new AhpWeights().compute(a, 4);
        assertThat(r.weights()).containsExactly(w, within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(4, within(1e-12));
        assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-12));
        assertThat(r.consistent()).isTrue();
    }

    /** Expected values from numpy.linalg.eig: src/test/python/ahp_reference.py. */
    @Test
    void inconsistentMatrixMatchesTheDenseEigendecomposition() {
        double[] a = {1, 3, 5, 9, 1 / 3.0, 1, 3, 7, 1 / 5.0, 1 / 3.0, 1, 3, 1 / 9.0, 1 / 7.0, 1 / 3.0, 1};
        AhpWeights.Result r = new AhpWeights().compute(a, 4);
        assertThat(r.weights())
                .containsExactly(
                        new double[] {0.5734545879325449, 0.2712271740589789, 0.11023250023615139, 0.04508573777232489},
                        within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(4.087630128990954, within(1e-12));
        assertThat(r.consistencyIndex()).isCloseTo(0.029210042996984598, within(1e-12));
        assertThat(r.randomIndex()).isEqualTo(0.90);
        assertThat(r.consistencyRatio()).isCloseTo(0.03245560332998289, within(1e-12));
        assertThat(r.consistent()).isTrue();
    }

    @Test
    void cyclicJudgementsAreFlaggedInconsistent() {
        double[] a = {1, 9, 1 / 9.0, 1 / 9.0, 1, 9, 9, 1 / 9.0, 1};
        AhpWeights.Result r = new AhpWeights().compute(a, 3);
        assertThat(r.consistencyRatio()).isCloseTo(6.130268199233712, within(1e-9));
        assertThat(r.consistent()).isFalse();
    }

    @Test
    void rejectsAMatrixThatIsNotReciprocal() {
        assertThatThrownBy(() -> new AhpWeights().compute(new double[] {1, 3, 0.5, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 / a[0][1]");
        assertThatThrownBy(() -> new AhpWeights().compute(new double[] {1, -3, -1 / 3.0, 1}, 2))
                .hasMessageContaining("positive");
    }

    @Test
    void twoCriteriaAreAlwaysConsistent() {
        AhpWeights.Result r = new AhpWeights().compute(new double[] {1, 3, 1 / 3.0, 1}, 2);
        assertThat(r.weights()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
        assertThat(r.consistencyRatio()).isZero();
    }
}

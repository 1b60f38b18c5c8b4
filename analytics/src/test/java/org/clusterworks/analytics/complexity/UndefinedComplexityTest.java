package org.clusterworks.analytics.complexity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Networks on which ECI has no unique answer are rejected rather than given an arbitrary one. */
class UndefinedComplexityTest {

    private static PresenceMatrix of(int rows, int cols, int... cells) {
        boolean[] present = new boolean[rows * cols];
        for (int i = 0; i < cells.length; i += 2) {
            present[cells[i] * cols + cells[i + 1]] = true;
        }
        String[] rc = new String[rows];
        String[] cc = new String[cols];
        java.util.Arrays.setAll(rc, i -> "r" + i);
        java.util.Arrays.setAll(cc, i -> "c" + i);
        return PresenceMatrix.of(rc, cc, present);
    }

    /** A 6-cycle a-01-b-03-c-02-a: every region and industry looks alike; M~ has eigenvalues 1, 1/4, 1/4. */
    private static final PresenceMatrix CYCLE = of(3, 3, 0, 0, 0, 1, 1, 0, 1, 2, 2, 1, 2, 2);

    /** Two separate blocks: eigenvalue 1 twice. */
    private static final PresenceMatrix DISCONNECTED = of(4, 4, 0, 0, 0, 1, 1, 0, 2, 2, 2, 3, 3, 3);

    @Test
    void eigenvectorRejectsARepeatedSecondEigenvalue() {
        assertThatThrownBy(() -> new EigenvectorComplexity().compute(CYCLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeated");
    }

    @Test
    void eigenvectorRejectsADisconnectedNetwork() {
        assertThatThrownBy(() -> new EigenvectorComplexity().compute(DISCONNECTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disconnected");
    }

    @Test
    void reflectionsRejectANetworkWithoutGradient() {
        assertThatThrownBy(() -> new ReflectionsComplexity().compute(CYCLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constant");
    }
}

package org.clusterworks.analytics.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.analytics.core.LabelledMatrix;
import org.junit.jupiter.api.Test;

class PresenceRuleTest {

    private static final LabelledMatrix RCA =
            new LabelledMatrix(new String[] {"r1", "r2"}, new String[] {"i1", "i2", "i3"}, new double[] {
                1.0, 0.5, 2.0, Double.NaN, 1.0, 0.99
            });

    @Test
    void atLeastCountsCellsEqualToTheThreshold() {
        PresenceMatrix m = PresenceRule.atLeast(1).apply(RCA);
        assertThat(m.isPresent(0, 0)).isTrue();
        assertThat(m.isPresent(1, 1)).isTrue();
        assertThat(m.diversity()).containsExactly(2, 1);
        assertThat(m.ubiquity()).containsExactly(1, 1, 1);
    }

    @Test
    void aboveExcludesCellsEqualToTheThreshold() {
        PresenceMatrix m = PresenceRule.above(1).apply(RCA);
        assertThat(m.isPresent(0, 0)).isFalse();
        assertThat(m.isPresent(0, 2)).isTrue();
        assertThat(m.diversity()).containsExactly(1, 0);
        assertThat(m.ubiquity()).containsExactly(0, 0, 1);
    }

    @Test
    void treatsUndefinedIndexAsAbsent() {
        assertThat(PresenceRule.atLeast(0).apply(RCA).isPresent(1, 0)).isFalse();
    }

    @Test
    void keepsBitsetsAndIndexListsConsistentAcrossWordBoundaries() {
        int cols = 130;
        boolean[] present = new boolean[2 * cols];
        present[64] = true;
        present[129] = true;
        present[cols + 63] = true;
        String[] codes = new String[cols];
        for (int i = 0; i < cols; i++) {
            codes[i] = "i" + i;
        }
        PresenceMatrix m = PresenceMatrix.of(new String[] {"a", "b"}, codes, present);
        assertThat(m.industriesOf(0)).containsExactly(64, 129);
        assertThat(m.isPresent(0, 64)).isTrue();
        assertThat(m.isPresent(0, 63)).isFalse();
        assertThat(m.isPresent(1, 63)).isTrue();
        assertThat(m.regionsOf(63)).containsExactly(1);
        assertThat(m.rowWords()).isEqualTo(3);
    }
}

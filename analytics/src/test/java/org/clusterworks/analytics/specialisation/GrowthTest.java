package org.clusterworks.analytics.specialisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GrowthTest {

    @Test
    void cagrCompoundsBackToTheFinalValue() {
        double cagr = Growth.cagr(100, 150, 7);

        assertThat(100 * Math.pow(1 + cagr, 7)).isCloseTo(150, within(1e-9));
        assertThat(Growth.rate(100, 150)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void growthFromZeroIsUndefined() {
        assertThat(Growth.rate(0, 5)).isNaN();
        assertThat(Growth.cagr(0, 5, 2)).isNaN();
    }
}

package org.clusterworks.analytics.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void matchesNumpyLinearInterpolation() {
        // numpy.quantile([1, 2, 4, 10], [0.25, 0.5, 0.9]) = [1.75, 3.0, 8.2]
        double[] x = {1, 2, 4, 10};

        assertThat(Quantiles.type7(x, 4, 0.25)).isCloseTo(1.75, within(1e-12));
        assertThat(Quantiles.type7(x, 4, 0.5)).isCloseTo(3.0, within(1e-12));
        assertThat(Quantiles.type7(x, 4, 0.9)).isCloseTo(8.2, within(1e-12));
        assertThat(Quantiles.type7(x, 4, 1.0)).isEqualTo(10);
    }

    @Test
    void singleValueIsEveryQuantileAndEmptySampleIsNaN() {
        assertThat(Quantiles.type7(new double[] {3}, 1, 0.75)).isEqualTo(3);
        assertThat(Quantiles.type7(new double[0], 0, 0.5)).isNaN();
    }
}

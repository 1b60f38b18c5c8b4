package org.clusterworks.monitoring.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checked against numpy: {@code src/test/resources/monitoring/did_reference.py} fits the 2x2 regression with
 * interaction by least squares on the same data and prints b3, its OLS standard error and the unequal-variance one.
 */
class DifferenceInDifferencesTest {

    private static List<Double> of(double... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    void matchesTheInteractionCoefficientOfTheRegressionFittedByNumpy() {
        var e = DifferenceInDifferences.of(
                of(12, 15, 11, 14, 13, 16),
                of(18, 21, 17, 22, 19, 20, 23),
                of(10, 12, 9, 11, 13),
                of(12, 13, 11, 15, 12, 14));
        // Printed by did_reference.py (numpy 2.4.6).
        assertThat(e.estimate()).isCloseTo(4.666666666666668, within(1e-12));
        assertThat(e.regressionStandardError()).isCloseTo(1.4975641597936333, within(1e-12));
        assertThat(e.unequalVariancesStandardError()).isCloseTo(1.4529663145135578, within(1e-12));
        assertThat(e.degreesOfFreedom()).isEqualTo(20);
        // By hand: supported 13.5 -> 20, comparison 11 -> 12.833..., (20 - 13.5) - (12.8333 - 11) = 4.6667.
        assertThat(e.treatedBefore().mean()).isEqualTo(13.5);
        assertThat(e.treatedAfter().mean()).isEqualTo(20.0);
        assertThat(e.comparisonBefore().mean()).isEqualTo(11.0);
        assertThat(e.comparisonAfter().mean()).isCloseTo(77.0 / 6, within(1e-12));
    }

    @Test
    void noDifferenceWhenBothGroupsMoveAlike() {
        var e = DifferenceInDifferences.of(of(1, 3), of(11, 13), of(5, 7, 9), of(15, 17, 19));
        assertThat(e.estimate()).isCloseTo(0, within(1e-12));
    }

    @Test
    void refusesAGroupOfFewerThanTwo() {
        assertThatThrownBy(() -> DifferenceInDifferences.of(of(1), of(2, 3), of(1, 2), of(2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

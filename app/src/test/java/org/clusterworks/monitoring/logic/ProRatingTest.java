package org.clusterworks.monitoring.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProRatingTest {

    private final Period year2026 = new PeriodScheme(1).year(2026);

    @Test
    void onlyIncrementalSummedValuesAreFlows() {
        assertThat(ProRating.applies(Accumulation.INCREMENTAL, Combine.SUM)).isTrue();
        assertThat(ProRating.applies(Accumulation.CUMULATIVE, Combine.LAST)).isFalse();
        assertThat(ProRating.applies(Accumulation.INCREMENTAL, Combine.AVERAGE)).isFalse();
        assertThat(ProRating.applies(Accumulation.INCREMENTAL, Combine.LAST)).isFalse();
    }

    @Test
    void theElapsedShareCountsDaysIncludingToday() {
        // 1 April 2026: January 31 + February 28 + March 31 days, plus the day itself = 91 of 365.
        assertThat(ProRating.elapsedShare(year2026, LocalDate.of(2026, 4, 1))).isCloseTo(91.0 / 365, within(1e-12));
        assertThat(ProRating.elapsedShare(year2026, LocalDate.of(2026, 1, 1))).isCloseTo(1.0 / 365, within(1e-12));
        assertThat(ProRating.elapsedShare(year2026, LocalDate.of(2025, 12, 31)))
                .as("not begun")
                .isNull();
        assertThat(ProRating.elapsedShare(year2026, LocalDate.of(2026, 12, 31)))
                .as("last day: whole target")
                .isNull();
        assertThat(ProRating.elapsedShare(year2026, LocalDate.of(2027, 3, 1)))
                .as("over")
                .isNull();
        // A July-June fiscal year: 1 October is day 31 + 31 + 30 + 1 = 93 of 365.
        Period fy = new PeriodScheme(7).year(2026);
        assertThat(ProRating.elapsedShare(fy, LocalDate.of(2026, 10, 1))).isCloseTo(93.0 / 365, within(1e-12));
    }

    @Test
    void aFlowEarlyInTheYearIsJudgedAgainstTheElapsedShareOfItsTarget() {
        double s = 91.0 / 365;
        // Ten joint actions by 1 April against forty for the year: a quarter of the target, but on track.
        assertThat(TrafficLight.of(TrafficLight.achievement(null, 40.0, 10.0, Direction.HIGHER_IS_BETTER)))
                .isEqualTo(TrafficLight.RED);
        Double prorated = ProRating.achievement(null, 40.0, 10.0, Direction.HIGHER_IS_BETTER, s);
        assertThat(prorated).isCloseTo(10 / (40 * 91.0 / 365), within(1e-12));
        assertThat(TrafficLight.of(prorated)).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void withABaselineTheAchievementIsThatOfTheAnnualisedActual() {
        // 2 July 2026 is day 183; baseline 20 a year, target 40, 17 so far.
        double s = 183.0 / 365;
        Double a = ProRating.achievement(20.0, 40.0, 17.0, Direction.HIGHER_IS_BETTER, s);
        double annualised = 17 * 365.0 / 183;
        assertThat(a).isCloseTo((annualised - 20) / (40 - 20), within(1e-12));
        assertThat(TrafficLight.of(a)).isEqualTo(TrafficLight.AMBER);
        // Lower is better without a baseline: expected share of the target over the actual.
        assertThat(ProRating.achievement(null, 10.0, 4.0, Direction.LOWER_IS_BETTER, 0.5))
                .isCloseTo(5.0 / 4.0, within(1e-12));
    }
}

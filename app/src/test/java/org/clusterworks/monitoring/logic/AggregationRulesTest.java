package org.clusterworks.monitoring.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationRulesTest {

    @Test
    void aPercentageCannotBeSummedAcrossPeriods() {
        assertThat(AggregationRules.problems(Unit.PERCENTAGE, Accumulation.INCREMENTAL, Combine.SUM))
                .containsEntry("combine", "monitoring.rule.ratio-not-summed");
        assertThat(AggregationRules.problems(Unit.RATE, Accumulation.INCREMENTAL, Combine.SUM))
                .containsKey("combine");
        assertThat(AggregationRules.problems(Unit.PERCENTAGE, Accumulation.INCREMENTAL, Combine.AVERAGE))
                .isEmpty();
    }

    @Test
    void aCumulativeValueTakesTheLastPeriod() {
        assertThat(AggregationRules.problems(Unit.NUMBER, Accumulation.CUMULATIVE, Combine.SUM))
                .containsEntry("combine", "monitoring.rule.cumulative-last");
        assertThat(AggregationRules.problems(Unit.NUMBER, Accumulation.CUMULATIVE, Combine.AVERAGE))
                .containsKey("combine");
        assertThat(AggregationRules.problems(Unit.NUMBER, Accumulation.CUMULATIVE, Combine.LAST))
                .isEmpty();
    }

    @Test
    void aYesNoAnswerTakesTheLastPeriod() {
        assertThat(AggregationRules.problems(Unit.YES_NO, Accumulation.INCREMENTAL, Combine.AVERAGE))
                .containsEntry("combine", "monitoring.rule.yes-no-last");
        assertThat(AggregationRules.problems(Unit.YES_NO, Accumulation.INCREMENTAL, Combine.LAST))
                .isEmpty();
    }

    @Test
    void countsAndMoneyMayBeSummed() {
        assertThat(AggregationRules.problems(Unit.NUMBER, Accumulation.INCREMENTAL, Combine.SUM))
                .isEmpty();
        assertThat(AggregationRules.problems(Unit.CURRENCY, Accumulation.INCREMENTAL, Combine.SUM))
                .isEmpty();
    }

    @Test
    void combiningQuartersGivesTheYear() {
        List<Double> q = List.of(10.0, 20.0, 30.0, 40.0);
        assertThat(Combine.SUM.apply(q)).isEqualTo(100.0);
        assertThat(Combine.AVERAGE.apply(q)).isEqualTo(25.0);
        assertThat(Combine.LAST.apply(q)).isEqualTo(40.0);
        assertThat(Combine.SUM.apply(List.of())).isNull();
    }

    @Test
    void trafficLightsMeasureTheWayFromBaselineToTarget() {
        // Baseline 12, target 22: 21 is 90% of the way (green); 18 is 60% (amber); 15 is 30% (red).
        assertThat(TrafficLight.of(TrafficLight.achievement(12.0, 22.0, 21.0, Direction.HIGHER_IS_BETTER)))
                .isEqualTo(TrafficLight.GREEN);
        assertThat(TrafficLight.achievement(12.0, 22.0, 18.0, Direction.HIGHER_IS_BETTER))
                .isEqualTo(0.6);
        assertThat(TrafficLight.of(TrafficLight.achievement(12.0, 22.0, 15.0, Direction.HIGHER_IS_BETTER)))
                .isEqualTo(TrafficLight.RED);
        // Lower is better: from 40 days down to 20; 25 days is 75% of the way.
        assertThat(TrafficLight.achievement(40.0, 20.0, 25.0, Direction.LOWER_IS_BETTER))
                .isEqualTo(0.75);
        // No baseline: actual / target, or target / actual when lower is better.
        assertThat(TrafficLight.achievement(null, 200.0, 150.0, Direction.HIGHER_IS_BETTER))
                .isEqualTo(0.75);
        assertThat(TrafficLight.achievement(null, 20.0, 40.0, Direction.LOWER_IS_BETTER))
                .isEqualTo(0.5);
        assertThat(TrafficLight.of(TrafficLight.achievement(null, null, 40.0, Direction.LOWER_IS_BETTER)))
                .isEqualTo(TrafficLight.NONE);
    }
}

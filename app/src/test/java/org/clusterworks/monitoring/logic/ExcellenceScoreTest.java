package org.clusterworks.monitoring.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcellenceScoreTest {

    private static final Map<String, List<String>> AREAS = Map.of("a", List.of("a1", "a2"), "b", List.of("b1"));

    @Test
    void anIndicatorExactlyAtTheThresholdIsNoGapAndMissingScoresCountAsZero() {
        // 3/4 = 75 % reaches 75; a2 missing is 0; b1 = 4.
        var r = ExcellenceScore.of(AREAS, Map.of("a1", 3, "b1", 4), 75);
        assertThat(r.gaps()).containsExactly("a2");
        assertThat(r.areas().get("a").percent()).isCloseTo(100.0 * 3 / 8, within(1e-9));
        assertThat(r.overall()).isCloseTo(100.0 * 7 / 12, within(1e-9));
        assertThat(r.ready()).isFalse();
    }

    @Test
    void readyNeedsEveryAreaNotOnlyTheOverallScore() {
        // Overall (4+4+1)/12 = 75 %, but area b is 25 %.
        var r = ExcellenceScore.of(AREAS, Map.of("a1", 4, "a2", 4, "b1", 1), 70);
        assertThat(r.overall()).isCloseTo(75.0, within(1e-9));
        assertThat(r.ready()).isFalse();
        assertThat(ExcellenceScore.of(AREAS, Map.of("a1", 3, "a2", 4, "b1", 3), 70)
                        .ready())
                .isTrue();
    }
}

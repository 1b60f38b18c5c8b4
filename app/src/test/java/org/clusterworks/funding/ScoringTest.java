package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.evaluation.Scoring;
import org.clusterworks.funding.evaluation.Scoring.Candidate;
import org.clusterworks.funding.evaluation.Scoring.Criterion;
import org.junit.jupiter.api.Test;

/** Weighted scores, panel means and spreads, and ranking, against sums worked out by hand. */
class ScoringTest {

    static final List<Criterion> CRITERIA = List.of(
            new Criterion(1, new BigDecimal("30")),
            new Criterion(2, new BigDecimal("30")),
            new Criterion(3, new BigDecimal("20")),
            new Criterion(4, new BigDecimal("20")));

    @Test
    void weightedScoreIsTheWeightedArithmeticMean() {
        // (30*5 + 30*4 + 20*4 + 20*4) / 100 = (150 + 120 + 80 + 80) / 100 = 4.30
        assertThat(Scoring.weighted(CRITERIA, Map.of(1L, 5, 2L, 4, 3L, 4, 4L, 4)))
                .contains(new BigDecimal("4.300"));
        // Weights that do not add up to 100: (1*2 + 3*5) / 4 = 17 / 4 = 4.25
        var uneven = List.of(new Criterion(1, BigDecimal.ONE), new Criterion(2, new BigDecimal("3")));
        assertThat(Scoring.weighted(uneven, Map.of(1L, 2, 2L, 5))).contains(new BigDecimal("4.250"));
        // (1*1 + 1*2 + 1*2) / 3 = 1.6667 rounded to three decimals
        var thirds = List.of(
                new Criterion(1, BigDecimal.ONE), new Criterion(2, BigDecimal.ONE), new Criterion(3, BigDecimal.ONE));
        assertThat(Scoring.weighted(thirds, Map.of(1L, 1, 2L, 2, 3L, 2))).contains(new BigDecimal("1.667"));
    }

    @Test
    void anIncompleteReviewHasNoScore() {
        assertThat(Scoring.weighted(CRITERIA, Map.of(1L, 5, 2L, 4, 3L, 4))).isEmpty();
    }

    @Test
    void panelMeanAndSpreadUseCompleteReviewsOnly() {
        var panel = Scoring.panel(
                CRITERIA,
                Map.of(
                        10L, Map.of(1L, 5, 2L, 4, 3L, 4, 4L, 4), // 4.30
                        11L, Map.of(1L, 4, 2L, 5, 3L, 4, 4L, 3), // (120+150+80+60)/100 = 4.10
                        12L, Map.of(1L, 1)), // incomplete
                null);
        assertThat(panel.complete()).isEqualTo(2);
        assertThat(panel.mean()).isEqualByComparingTo("4.20");
        assertThat(panel.spread()).isEqualByComparingTo("0.20");
        assertThat(panel.score()).isEqualByComparingTo("4.20");
        var agreed = Scoring.panel(CRITERIA, Map.of(10L, Map.of(1L, 5, 2L, 4, 3L, 4, 4L, 4)), new BigDecimal("3.9"));
        assertThat(agreed.score()).isEqualByComparingTo("3.9");
    }

    @Test
    void rankingIsByScoreThenEarlierSubmission() {
        Instant t = Instant.parse("2026-03-30T10:00:00Z");
        var ranked = Scoring.rank(List.of(
                new Candidate(1, new BigDecimal("2.5"), t),
                new Candidate(2, new BigDecimal("4.2"), t.plusSeconds(60)),
                new Candidate(3, new BigDecimal("3.6"), t.plusSeconds(30)),
                new Candidate(4, new BigDecimal("3.6"), t),
                new Candidate(5, null, t)));
        assertThat(ranked).extracting(r -> r.candidate().applicationId()).containsExactly(2L, 4L, 3L, 1L);
        assertThat(ranked).extracting(Scoring.Ranked::rank).containsExactly(1, 2, 3, 4);
    }
}

package org.clusterworks.funding.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Least-loaded-first choice of reviewers, ties broken by the lower user id. */
class ReviewerPickTest {

    @Test
    void theLeastLoadedReviewersAreChosenFirst() {
        // Loads: 7 -> 2, 3 -> 1, 5 -> 0 (absent), 9 -> 1. Sorted by (load, id): 5, 3, 9, 7.
        var load = Map.of(7L, 2, 3L, 1, 9L, 1);
        assertThat(ReviewerAssignments.pick(List.of(7L, 3L, 5L, 9L), load, 3)).containsExactly(5L, 3L, 9L);
        assertThat(ReviewerAssignments.pick(List.of(7L, 3L, 5L, 9L), load, 1)).containsExactly(5L);
    }

    @Test
    void noMoreThanTheCandidatesAndNothingWhenNoneIsNeeded() {
        assertThat(ReviewerAssignments.pick(List.of(4L, 2L), Map.of(), 5)).containsExactly(2L, 4L);
        assertThat(ReviewerAssignments.pick(List.of(4L, 2L), Map.of(), 0)).isEmpty();
        assertThat(ReviewerAssignments.pick(List.of(4L, 2L), Map.of(), -1)).isEmpty();
    }
}

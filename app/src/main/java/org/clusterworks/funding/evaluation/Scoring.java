package org.clusterworks.funding.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weighted scoring and ranking of applications. A reviewer's score of an application is the weighted arithmetic mean
 * of their criterion scores, sum(w_i * s_i) / sum(w_i), on the call's scale; it exists only once every criterion is
 * scored. An application's score is the consensus score the panel agreed, if any, else the mean of its complete
 * reviews; the spread is the largest minus the smallest complete review.
 */
public final class Scoring {

    private static final MathContext MC = MathContext.DECIMAL64;

    private Scoring() {}

    /** One evaluation criterion and its weight. */
    public record Criterion(long id, BigDecimal weight) {}

    /** The weighted mean of one reviewer's scores (criterion id to score), or empty until every criterion is scored. */
    public static Optional<BigDecimal> weighted(List<Criterion> criteria, Map<Long, Integer> scores) {
        if (criteria.isEmpty() || !criteria.stream().allMatch(c -> scores.containsKey(c.id()))) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            sum = sum.add(c.weight().multiply(BigDecimal.valueOf(scores.get(c.id()))));
            weights = weights.add(c.weight());
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(sum.divide(weights, MC).setScale(3, RoundingMode.HALF_UP));
    }

    /** The panel's view of one application. */
    public record Panel(BigDecimal mean, BigDecimal spread, int complete, BigDecimal consensus) {

        /** The score used for ranking: the consensus if agreed, else the mean; null without either. */
        public BigDecimal score() {
            return consensus != null ? consensus : mean;
        }
    }

    /** Mean and spread of the complete reviews (reviewer id to criterion scores) and the consensus, if any. */
    public static Panel panel(
            List<Criterion> criteria, Map<Long, Map<Long, Integer>> byReviewer, BigDecimal consensus) {
        List<BigDecimal> complete = new ArrayList<>();
        byReviewer.values().forEach(s -> weighted(criteria, s).ifPresent(complete::add));
        if (complete.isEmpty()) {
            return new Panel(null, null, 0, consensus);
        }
        BigDecimal sum = complete.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(complete.size()), MC).setScale(3, RoundingMode.HALF_UP);
        BigDecimal spread = complete.stream()
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .subtract(complete.stream().min(Comparator.naturalOrder()).orElseThrow());
        return new Panel(mean, spread, complete.size(), consensus);
    }

    /** An application to rank: its id, score (null: not yet scored) and submission time. */
    public record Candidate(long applicationId, BigDecimal score, Instant submittedAt) {}

    /** A ranked application, rank 1 the best. */
    public record Ranked(int rank, Candidate candidate) {}

    /**
     * Candidates with a score by score, highest first; ties go to the earlier submission, then the lower id, so every
     * rank is distinct. Candidates without a score are left out.
     */
    public static List<Ranked> rank(List<Candidate> candidates) {
        List<Candidate> sorted = candidates.stream()
                .filter(c -> c.score() != null)
                .sorted(Comparator.comparing(Candidate::score)
                        .reversed()
                        .thenComparing(Candidate::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Candidate::applicationId))
                .toList();
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(new Ranked(i + 1, sorted.get(i)));
        }
        return out;
    }
}

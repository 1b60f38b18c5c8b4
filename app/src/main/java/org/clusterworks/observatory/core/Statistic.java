package org.clusterworks.observatory.core;

import java.util.List;

/**
 * How often each item of a dimension was selected (top box or ticked) at one level in one wave.
 *
 * @param wave the wave counted, or null when no wave holds answers
 * @param answers how many answers (programme, region or country responses) answered the question
 * @param otherAnswers how many "other" texts respondents added
 */
public record Statistic(
        Dimension dimension,
        Level level,
        Wave wave,
        int answers,
        int otherAnswers,
        List<Row> rows,
        java.util.Map<String, ObservatoryRepository.Published> published) {

    /** Whether the wave holds answers (else only published counts, if any, are known). */
    public boolean computed() {
        return answers > 0;
    }

    /** The count the source publishes for an item, or null. */
    public Integer publishedCount(String code) {
        var p = published.get(code);
        return p == null ? null : p.count();
    }

    /** The value to chart: the computed count when the wave holds answers, else the published one (or 0). */
    public int value(String code) {
        if (computed()) {
            return count(code);
        }
        Integer p = publishedCount(code);
        return p == null ? 0 : p;
    }

    /** One item: its label as the taxonomy gives it, and its count. */
    public record Row(String code, String label, int count) {

        /** The count as a share of {@code answers}, in percent (0 when nobody answered). */
        public double share(int answers) {
            return answers == 0 ? 0 : 100.0 * count / answers;
        }
    }

    /** The count of an item, or 0. */
    public int count(String code) {
        return rows.stream()
                .filter(r -> r.code().equals(code))
                .mapToInt(Row::count)
                .findFirst()
                .orElse(0);
    }
}

package org.clusterworks.monitoring.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a cluster management self-assessment: each indicator 0-4; an area's score and the overall score are the
 * points obtained as a percentage of the maximum (4 per indicator); a gap is an indicator whose own percentage
 * ({@code score / 4}) is below the threshold; the organisation is ready when the overall score and every area
 * reach the threshold. Indicators without a score count as 0.
 */
public final class ExcellenceScore {

    /** The highest score of an indicator. */
    public static final int MAX = 4;

    private ExcellenceScore() {}

    /** An area's result. */
    public record Area(String key, double percent, int points, int maximum) {}

    /** The result of an assessment. */
    public record Result(Map<String, Area> areas, double overall, List<String> gaps, boolean ready, int threshold) {}

    /**
     * Computes the result.
     *
     * @param indicatorsByArea indicator codes per area key, in display order
     * @param scores score per indicator code (0-4; missing counts as 0)
     * @param threshold readiness threshold in percent (0-100)
     */
    public static Result of(Map<String, List<String>> indicatorsByArea, Map<String, Integer> scores, int threshold) {
        Map<String, Area> areas = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>();
        int points = 0;
        int maximum = 0;
        boolean everyArea = true;
        for (var e : indicatorsByArea.entrySet()) {
            int p = 0;
            for (String code : e.getValue()) {
                int s = Math.max(0, Math.min(MAX, scores.getOrDefault(code, 0)));
                p += s;
                if (100.0 * s / MAX < threshold) {
                    gaps.add(code);
                }
            }
            int m = MAX * e.getValue().size();
            double pct = m == 0 ? 0 : 100.0 * p / m;
            everyArea &= pct >= threshold;
            areas.put(e.getKey(), new Area(e.getKey(), pct, p, m));
            points += p;
            maximum += m;
        }
        double overall = maximum == 0 ? 0 : 100.0 * points / maximum;
        return new Result(areas, overall, gaps, maximum > 0 && overall >= threshold && everyArea, threshold);
    }
}

package org.clusterworks.monitoring.logic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Pro-rating of the current, unfinished period for flow indicators: an incremental value summed over its
 * sub-periods (joint actions started, co-financing raised) grows through the year, so while the year runs it is
 * compared with the elapsed share {@code s} of the year's target rather than with the whole target. The elapsed
 * share counts days: {@code s = (today - start + 1) / (end - start)} (today included). Target and baseline (a flow
 * over an earlier, whole period) are both scaled by {@code s}, so the achievement is {@code (actual - s * baseline) /
 * (s * target - s * baseline)}, i.e. the usual rule of {@link TrafficLight} applied to the annualised actual {@code
 * actual / s}. Stocks (cumulative values), ratios and averages are never pro-rated: their target is a level to
 * reach, not an amount to accumulate.
 */
public final class ProRating {

    private ProRating() {}

    /** Whether an indicator aggregated this way is a flow that accumulates through the period. */
    public static boolean applies(Accumulation accumulation, Combine combine) {
        return accumulation == Accumulation.INCREMENTAL && combine == Combine.SUM;
    }

    /**
     * The elapsed share of the period on {@code today}, in (0, 1), or null when the period has not started or is
     * over (then the whole target counts).
     */
    public static Double elapsedShare(Period p, LocalDate today) {
        if (today.isBefore(p.start()) || !today.isBefore(p.lastDay())) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(p.start(), p.end());
        long elapsed = ChronoUnit.DAYS.between(p.start(), today) + 1;
        return (double) elapsed / days;
    }

    /** The achievement with target and baseline scaled by the elapsed share (see the class comment). */
    public static Double achievement(
            Double baseline, Double target, Double actual, Direction direction, double elapsedShare) {
        return TrafficLight.achievement(
                baseline == null ? null : baseline * elapsedShare,
                target == null ? null : target * elapsedShare,
                actual,
                direction);
    }
}

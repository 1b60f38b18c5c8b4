package org.clusterworks.monitoring.logic;

import java.util.Locale;

/**
 * Achievement against a target, as a share of the way from the baseline to the target: {@code (actual - baseline) /
 * (target - baseline)} (the same formula serves both directions: for lower-is-better both differences are negative).
 * Without a baseline, or when the baseline equals the target, the share is {@code actual / target} (higher is
 * better) or {@code target / actual} (lower is better). Green from 90%, amber from 60%, red below.
 */
public enum TrafficLight {
    GREEN,
    AMBER,
    RED,
    NONE;

    public static final double GREEN_FROM = 0.9;
    public static final double AMBER_FROM = 0.6;

    public String messageKey() {
        return "monitoring.light." + name().toLowerCase(Locale.ROOT);
    }

    /** The share of the target achieved, or null when it cannot be computed. */
    public static Double achievement(Double baseline, Double target, Double actual, Direction direction) {
        if (target == null || actual == null) {
            return null;
        }
        if (baseline != null && Double.compare(baseline, target) != 0) {
            return (actual - baseline) / (target - baseline);
        }
        if (direction == Direction.LOWER_IS_BETTER) {
            return actual == 0 ? (target >= 0 ? 1.0 : null) : target / actual;
        }
        return target == 0 ? (actual >= 0 ? 1.0 : null) : actual / target;
    }

    public static TrafficLight of(Double achievement) {
        if (achievement == null) {
            return NONE;
        }
        return achievement >= GREEN_FROM ? GREEN : achievement >= AMBER_FROM ? AMBER : RED;
    }
}

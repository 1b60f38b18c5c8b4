package org.clusterworks.monitoring.logic;

import java.time.LocalDate;

/**
 * One reporting period: its key (as stored, e.g. {@code 2025}, {@code FY2025}, {@code FY2025-Q2}, {@code 2025-07}),
 * its granularity and its dates.
 *
 * @param start the first day
 * @param end the day after the last day (exclusive)
 */
public record Period(String key, Granularity granularity, LocalDate start, LocalDate end) {

    /** The last day of the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /** Whether the day falls inside the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}

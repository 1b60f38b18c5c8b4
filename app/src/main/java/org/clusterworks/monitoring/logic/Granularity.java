package org.clusterworks.monitoring.logic;

import java.util.Locale;

/** How long a reporting period is: a (calendar or fiscal) year, a quarter of it, or a calendar month. */
public enum Granularity {
    YEAR(12),
    QUARTER(3),
    MONTH(1);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    /** Length in months. */
    public int months() {
        return months;
    }

    public String messageKey() {
        return "monitoring.granularity." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a name case-insensitively, or returns null. */
    public static Granularity parse(String text) {
        for (Granularity g : values()) {
            if (text != null && g.name().equalsIgnoreCase(text.strip())) {
                return g;
            }
        }
        return null;
    }
}

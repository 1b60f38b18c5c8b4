package org.clusterworks.monitoring.logic;

import java.util.Locale;

/** What an indicator's values are and how they are shown. */
public enum Unit {
    NUMBER,
    PERCENTAGE,
    RATE,
    YES_NO,
    CURRENCY;

    public String messageKey() {
        return "monitoring.unit." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether values are shares or ratios of something else, which are never added up across periods. */
    public boolean isRatio() {
        return this == PERCENTAGE || this == RATE;
    }
}

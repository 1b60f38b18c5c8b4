package org.clusterworks.monitoring.logic;

import java.util.Locale;

/**
 * Whether a period's value counts only what happened in that period ({@link #INCREMENTAL}: joint actions started
 * this year) or everything up to its end ({@link #CUMULATIVE}: joint actions since the start of the initiative).
 */
public enum Accumulation {
    INCREMENTAL,
    CUMULATIVE;

    public String messageKey() {
        return "monitoring.accumulation." + name().toLowerCase(Locale.ROOT);
    }
}

package org.clusterworks.monitoring.logic;

import java.util.Locale;

/** Whether a higher or a lower value is the better one. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    public String messageKey() {
        return "monitoring.direction." + name().toLowerCase(Locale.ROOT);
    }
}

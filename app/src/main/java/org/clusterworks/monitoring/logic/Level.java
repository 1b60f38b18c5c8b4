package org.clusterworks.monitoring.logic;

import java.util.Locale;

/** A level of the results chain, from the long-term change down to what the initiative does. */
public enum Level {
    IMPACT,
    OUTCOME,
    OUTPUT,
    ACTIVITY;

    public String messageKey() {
        return "monitoring.level." + name().toLowerCase(Locale.ROOT);
    }

    /** The level a result of this level contributes to, or null for impact. */
    public Level parent() {
        return this == IMPACT ? null : values()[ordinal() - 1];
    }
}

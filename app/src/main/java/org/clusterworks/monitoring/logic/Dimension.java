package org.clusterworks.monitoring.logic;

import java.util.Locale;

/** A way to break an indicator's value down: by helix role, size class, gender of the owner, or territory. */
public enum Dimension {
    HELIX,
    SIZE,
    GENDER,
    TERRITORY;

    public String messageKey() {
        return "monitoring.dimension." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a name case-insensitively, or returns null. */
    public static Dimension parse(String text) {
        for (Dimension d : values()) {
            if (text != null && d.name().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        return null;
    }
}

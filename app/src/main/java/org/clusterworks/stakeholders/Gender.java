package org.clusterworks.stakeholders;

import java.util.Locale;

/** Gender of a person or of an organisation's owner/manager, where the programme tracks it. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER,
    UNDISCLOSED;

    public String messageKey() {
        return "gender." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a gender name (case-insensitive), or returns null. */
    public static Gender parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Gender g : values()) {
            if (g.name().equalsIgnoreCase(text.strip())) {
                return g;
            }
        }
        return null;
    }
}

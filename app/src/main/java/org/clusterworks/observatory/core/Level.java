package org.clusterworks.observatory.core;

import java.util.Locale;

/** The level of government a programme belongs to. */
public enum Level {
    NATIONAL,
    REGIONAL,
    INTERNATIONAL;

    /** Parses {@code national}, {@code REGIONAL} etc., or returns null for blank; throws for anything else. */
    public static Level parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "level must be national, regional or international, not '" + value + "'");
        }
    }

    /** The lower-case name used in URLs and the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

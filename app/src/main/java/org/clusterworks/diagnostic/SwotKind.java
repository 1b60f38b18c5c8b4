package org.clusterworks.diagnostic;

import java.util.Locale;

/** The four quadrants of a SWOT board: internal strengths and weaknesses, external opportunities and threats. */
public enum SwotKind {
    STRENGTH,
    WEAKNESS,
    OPPORTUNITY,
    THREAT;

    /** Message-bundle key of the display name. */
    public String messageKey() {
        return "swot.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a kind name (case-insensitive), or returns null. */
    public static SwotKind parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (SwotKind k : values()) {
            if (k.name().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        return null;
    }
}

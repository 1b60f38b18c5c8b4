package org.clusterworks.stakeholders;

import java.util.Locale;

/** The helix role of an organisation in a cluster (quadruple helix plus finance and business support). */
public enum Helix {
    BUSINESS,
    RESEARCH_EDUCATION,
    GOVERNMENT,
    CIVIL_SOCIETY,
    FINANCE,
    BUSINESS_SUPPORT;

    /** Message-bundle key of the display name. */
    public String messageKey() {
        return "helix." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a helix role name (case-insensitive, hyphens allowed), or returns null. */
    public static Helix parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String norm = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Helix h : values()) {
            if (h.name().equals(norm)) {
                return h;
            }
        }
        return null;
    }
}

package org.clusterworks.diagnostic.swot;

import java.util.Locale;

/** The theme of a SWOT item, following the firm-diagnostic questionnaire's sections (UNIDO). */
public enum SwotCategory {
    MARKETS,
    INPUTS,
    SKILLS,
    TECHNOLOGY,
    COOPERATION,
    FINANCE,
    INFRASTRUCTURE,
    POLICY,
    OTHER;

    public String messageKey() {
        return "swot.category." + name().toLowerCase(Locale.ROOT);
    }

    static SwotCategory parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (SwotCategory c : values()) {
            if (c.name().equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        return null;
    }
}

package org.clusterworks.stakeholders.directory;

import java.util.Locale;

/** Annual turnover bands in EUR equivalent (EU SME definition thresholds). */
public enum TurnoverBand {
    UP_TO_2M,
    FROM_2M_TO_10M,
    FROM_10M_TO_50M,
    OVER_50M;

    public String messageKey() {
        return "turnover." + name().toLowerCase(Locale.ROOT);
    }

    static TurnoverBand parse(String text) {
        if (text == null) {
            return null;
        }
        for (TurnoverBand b : values()) {
            if (b.name().equalsIgnoreCase(text.strip())) {
                return b;
            }
        }
        return null;
    }
}

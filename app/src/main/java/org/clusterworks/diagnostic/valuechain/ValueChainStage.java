package org.clusterworks.diagnostic.valuechain;

import java.util.Locale;

/** The stages of a cluster's value chain (Porter 1985, as UNIDO's diagnostic maps it), plus support services. */
public enum ValueChainStage {
    INPUTS,
    PRODUCTION,
    PROCESSING,
    DISTRIBUTION,
    MARKETS,
    SUPPORT_SERVICES;

    public String messageKey() {
        return "valuechain.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ValueChainStage parse(String text) {
        if (text == null) {
            return null;
        }
        for (ValueChainStage s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }
}

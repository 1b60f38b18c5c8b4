package org.clusterworks.funding.eligibility;

import java.util.List;
import java.util.Locale;

/** The kinds of eligibility rule a call can be configured with, and the parameters each takes. */
public enum RuleKind {
    /** A consortium of at least {@code min} organisations, the lead included. */
    MIN_PARTNERS("min"),
    /** At least {@code min} different helix roles (two or three for a triple-helix partnership). */
    MIN_HELIX_ROLES("min"),
    /** At least {@code min} small or medium-sized enterprises. */
    MIN_SMES("min"),
    /** The lead applicant lies in one of the territories {@code codes} (comma-separated; sub-territories count). */
    LEAD_IN_TERRITORY("codes"),
    /** The lead (or, with {@code all=true}, every partner) is an active member of initiative {@code initiativeId}. */
    INITIATIVE_MEMBERS("initiativeId", "all"),
    /** No partner holds more than {@code maxPct} percent of the eligible cost. */
    MAX_PARTNER_SHARE("maxPct"),
    /** The grant requested is at most {@code max}. */
    MAX_GRANT("max"),
    /** The applicants co-finance at least {@code minPct} percent of the eligible cost. */
    MIN_COFINANCING("minPct");

    private final List<String> parameters;

    RuleKind(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The parameter names, in form order. */
    public List<String> parameters() {
        return parameters;
    }

    /** The kind's name in message keys and URLs, e.g. {@code min-partners}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this name or slug, or null. */
    public static RuleKind parse(String text) {
        if (text == null) {
            return null;
        }
        String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (RuleKind k : values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        return null;
    }
}

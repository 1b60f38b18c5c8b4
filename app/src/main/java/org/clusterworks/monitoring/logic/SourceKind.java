package org.clusterworks.monitoring.logic;

import java.util.Locale;

/** Where an indicator's values come from. */
public enum SourceKind {
    /** Entered by a person, with evidence, and approved by a second person. */
    MANUAL,
    /** Counted from the platform's own records (members, their helix, size and ownership). */
    PLATFORM,
    /** Computed from other indicators of the same framework. */
    FORMULA,
    /** Read from a mapping dataset (employment or location quotient of a region and industry). */
    MAPPING,
    /** Computed from the answers to a survey question in a round. */
    SURVEY,
    /** A programme indicator: the same indicator (by code) of every initiative of the programme, combined. */
    ROLLUP;

    public String messageKey() {
        return "monitoring.source." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether the platform computes the values (no entry, no approval). */
    public boolean computed() {
        return this != MANUAL;
    }
}

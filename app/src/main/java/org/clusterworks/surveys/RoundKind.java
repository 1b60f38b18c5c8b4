package org.clusterworks.surveys;

/** What a round measures in the monitoring cycle. */
public enum RoundKind {
    BASELINE,
    MIDLINE,
    ENDLINE,
    OTHER
}

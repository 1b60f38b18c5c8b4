package org.clusterworks.surveys;

/** Where a round is in its fieldwork: being prepared, collecting answers, or closed for analysis. */
public enum RoundStatus {
    DRAFT,
    OPEN,
    CLOSED
}

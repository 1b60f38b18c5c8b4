package org.clusterworks.surveys;

/** Published when a survey round is closed, so its results can be read as final. */
public record RoundClosed(long workspaceId, long initiativeId, long roundId) {}

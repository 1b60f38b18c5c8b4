package org.clusterworks.analytics.complexity;

/** Ranks regions and industries by the capabilities revealed by a binary region x industry presence matrix. */
public interface ComplexityMeasure {

    ComplexityScores compute(PresenceMatrix presence);
}

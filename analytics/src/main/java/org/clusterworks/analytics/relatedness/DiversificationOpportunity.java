package org.clusterworks.analytics.relatedness;

/** An industry a region lacks (M_cp = 0), its relatedness density and its rank within the region (1 = most related). */
public record DiversificationOpportunity(String region, String industry, double density, int rank) {}

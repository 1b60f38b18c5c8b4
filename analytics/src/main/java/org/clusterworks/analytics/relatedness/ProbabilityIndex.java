package org.clusterworks.analytics.relatedness;

/**
 * Probability index S_ij = C_ij / (T/2 [ (s_i/T)(s_j/(T - s_i)) + (s_j/T)(s_i/(T - s_j)) ]), the association strength
 * for combinations without repetition (Steijn 2017; EconGeo {@code relatedness(method = "prob")}, its default).
 */
public final class ProbabilityIndex extends EconGeoNormalisation {

    @Override
    double normalise(double cij, double si, double sj, double t) {
        return cij / (((si / t) * (sj / (t - si)) + (sj / t) * (si / (t - sj))) * (t / 2));
    }
}

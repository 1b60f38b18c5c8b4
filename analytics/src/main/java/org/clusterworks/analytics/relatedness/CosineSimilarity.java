package org.clusterworks.analytics.relatedness;

/** Cosine S_ij = C_ij / sqrt(s_i s_j) (van Eck and Waltman 2009; EconGeo {@code relatedness(method = "cosine")}). */
public final class CosineSimilarity extends EconGeoNormalisation {

    @Override
    double normalise(double cij, double si, double sj, double t) {
        return cij / Math.sqrt(si * sj);
    }
}

package org.clusterworks.analytics.relatedness;

/** Jaccard S_ij = C_ij / (s_i + s_j - C_ij) (van Eck and Waltman 2009; EconGeo {@code relatedness(method = "jaccard")}). */
public final class JaccardIndex extends EconGeoNormalisation {

    @Override
    double normalise(double cij, double si, double sj, double t) {
        return cij / (si + sj - cij);
    }
}

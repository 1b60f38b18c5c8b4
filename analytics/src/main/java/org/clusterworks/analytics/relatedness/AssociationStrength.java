package org.clusterworks.analytics.relatedness;

/** Association strength S_ij = C_ij T / (s_i s_j) (van Eck and Waltman 2009; EconGeo {@code relatedness(method = "association")}). */
public final class AssociationStrength extends EconGeoNormalisation {

    @Override
    double normalise(double cij, double si, double sj, double t) {
        return (cij / t) / ((si / t) * (sj / t));
    }
}

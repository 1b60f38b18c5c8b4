package org.clusterworks.analytics.relatedness;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Shared arithmetic of EconGeo's {@code relatedness()} (Balland, after van Eck and Waltman 2009, JASIST 60:1635): the
 * diagonal of C is zeroed, s_i = sum_j C_ij and T = sum_ij C_ij; undefined cells become 0 and the diagonal stays 0.
 */
abstract sealed class EconGeoNormalisation implements RelatednessMeasure
        permits AssociationStrength, ProbabilityIndex, CosineSimilarity, JaccardIndex {

    @Override
    public final LabelledMatrix relatedness(CoOccurrence co) {
        int n = co.size();
        int[] c = co.view();
        double[] s = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    s[i] += c[i * n + j];
                }
            }
            t += s[i];
        }
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double v = normalise(c[i * n + j], s[i], s[j], t);
                    out[i * n + j] = Double.isFinite(v) ? v : 0;
                }
            }
        }
        String[] codes = co.codes();
        return new LabelledMatrix(codes, codes, out);
    }

    /** The normalised value of one off-diagonal cell; non-finite results are replaced by 0. */
    abstract double normalise(double cij, double si, double sj, double t);
}

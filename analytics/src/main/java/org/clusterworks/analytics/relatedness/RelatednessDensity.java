package org.clusterworks.analytics.relatedness;

import java.util.Arrays;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Relatedness density RD_ci = 100 sum_j M_cj phi_ji / sum_j phi_ji (Hidalgo et al. 2007, Science 317:482, density
 * omega; EconGeo {@code relatedness_density}, scaled 0-100 but not rounded); phi must have a zero diagonal, and an
 * industry related to nothing has density 0.
 */
public final class RelatednessDensity {

    /** Returns a region x industry matrix of densities in [0, 100]. */
    public LabelledMatrix compute(PresenceMatrix presence, LabelledMatrix relatedness) {
        int n = presence.columns();
        if (relatedness.rows() != n
                || relatedness.columns() != n
                || !Arrays.equals(relatedness.rowCodes(), presence.columnCodes())
                || !Arrays.equals(relatedness.columnCodes(), presence.columnCodes())) {
            throw new IllegalArgumentException(
                    "relatedness must be industry x industry in the order of the presence matrix");
        }
        double[] phi = relatedness.values();
        double[] columnTotals = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                columnTotals[i] += phi[j * n + i];
            }
        }
        int regions = presence.rows();
        double[] out = new double[regions * n];
        for (int r = 0; r < regions; r++) {
            int base = r * n;
            for (int j : presence.industriesOf(r)) {
                int rowOfJ = j * n;
                for (int i = 0; i < n; i++) {
                    out[base + i] += phi[rowOfJ + i];
                }
            }
            for (int i = 0; i < n; i++) {
                out[base + i] = columnTotals[i] > 0 ? 100 * out[base + i] / columnTotals[i] : 0;
            }
        }
        return new LabelledMatrix(presence.rowCodes(), presence.columnCodes(), out);
    }
}

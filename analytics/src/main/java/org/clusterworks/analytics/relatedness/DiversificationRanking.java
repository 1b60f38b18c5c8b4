package org.clusterworks.analytics.relatedness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Diversification opportunities: for each region, the industries it lacks (M_cp = 0) ranked by relatedness density,
 * highest first (Hidalgo et al. 2007; Balland et al. 2019, Regional Studies 53:1252); ties broken by industry code.
 */
public final class DiversificationRanking {

    /** Returns the opportunities of every region, region by region in matrix order, each ranked 1..n. */
    public List<DiversificationOpportunity> rank(PresenceMatrix presence, LabelledMatrix density) {
        if (density.rows() != presence.rows() || density.columns() != presence.columns()) {
            throw new IllegalArgumentException("density must have the shape of the presence matrix");
        }
        List<DiversificationOpportunity> out = new ArrayList<>();
        for (int r = 0; r < presence.rows(); r++) {
            final int row = r;
            List<Integer> lacking = new ArrayList<>();
            for (int c = 0; c < presence.columns(); c++) {
                if (!presence.isPresent(r, c)) {
                    lacking.add(c);
                }
            }
            lacking.sort(Comparator.<Integer>comparingDouble(c -> -density.get(row, c))
                    .thenComparing(c -> presence.columnCode(c)));
            int rank = 1;
            for (int c : lacking) {
                out.add(new DiversificationOpportunity(
                        presence.rowCode(r), presence.columnCode(c), density.get(r, c), rank++));
            }
        }
        return out;
    }
}

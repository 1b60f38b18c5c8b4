package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Gini coefficient of a region's activity over industries (absolute specialisation; Gini 1912, as REAT
 * {@code gini()} applied to a region's industry vector): {@code G_r = sum_k (2k - n - 1) x_r(k) / (n x_r)} with the
 * region's values in ascending order; 0 when all industries are equal, at most {@code 1 - 1/n}.
 */
public final class GiniSpecialisation implements RegionIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        double[] out = new double[x.rows()];
        double[] row = new double[x.columns()];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = KrugmanSpecialisation.value(x, r, c);
            }
            out[r] = Gini.of(row);
        }
        return out;
    }
}

package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Krugman specialisation index {@code K_r = sum_i |x_ri / x_r - X_i / X|} (Krugman 1991, Geography and Trade), the
 * dissimilarity of a region's industry structure from the reference area's (sum over regions); in [0, 2].
 */
public final class KrugmanSpecialisation implements RegionIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        Margins m = Margins.of(x);
        int cols = x.columns();
        double[] out = new double[x.rows()];
        for (int r = 0; r < out.length; r++) {
            double t = m.rowTotals()[r];
            if (!(t > 0)) {
                out[r] = Double.NaN;
                continue;
            }
            double s = 0;
            for (int c = 0; c < cols; c++) {
                s += Math.abs(value(x, r, c) / t - m.columnTotals()[c] / m.total());
            }
            out[r] = s;
        }
        return out;
    }

    static double value(LabelledMatrix x, int r, int c) {
        double v = x.get(r, c);
        return v == v ? v : 0;
    }
}

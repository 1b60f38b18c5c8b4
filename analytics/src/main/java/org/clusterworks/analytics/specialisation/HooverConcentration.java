package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Hoover concentration index {@code H_i = 1/2 sum_r |x_ri / X_i - x_r / X|} (Hoover 1936; REAT {@code hoover()}):
 * the share of an industry's activity that would have to move between regions for it to be spread like total
 * activity; in [0, 1).
 */
public final class HooverConcentration implements IndustryIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        Margins m = Margins.of(x);
        double[] out = new double[x.columns()];
        for (int c = 0; c < out.length; c++) {
            double t = m.columnTotals()[c];
            if (!(t > 0)) {
                out[c] = Double.NaN;
                continue;
            }
            double s = 0;
            for (int r = 0; r < x.rows(); r++) {
                s += Math.abs(KrugmanSpecialisation.value(x, r, c) / t - m.rowTotals()[r] / m.total());
            }
            out[c] = s / 2;
        }
        return out;
    }
}

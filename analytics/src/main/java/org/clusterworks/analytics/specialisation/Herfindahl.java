package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Sum of squared shares per row. */
final class Herfindahl {

    private Herfindahl() {}

    static double[] rows(LabelledMatrix x) {
        double[] totals = Margins.of(x).rowTotals();
        double[] out = new double[x.rows()];
        for (int r = 0; r < out.length; r++) {
            double t = totals[r];
            double s = 0;
            for (int c = 0; c < x.columns(); c++) {
                double share = KrugmanSpecialisation.value(x, r, c) / t;
                s += share * share;
            }
            out[r] = t > 0 ? s : Double.NaN;
        }
        return out;
    }
}

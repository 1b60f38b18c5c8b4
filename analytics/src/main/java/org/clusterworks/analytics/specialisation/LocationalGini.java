package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Locational Gini coefficient of an industry (Krugman 1991, Geography and Trade, appendix D; Audretsch &amp; Feldman
 * 1996): regions are ordered by their location quotient in the industry; the Lorenz curve plots the cumulative share
 * of total activity (x) against the cumulative share of the industry's activity (y), and
 * {@code G = 1 - sum_k (X_k - X_k-1)(Y_k + Y_k-1)}. 0 when the industry is spread like total activity, towards 1
 * when it sits in a region with a small part of total activity.
 */
public final class LocationalGini implements IndustryIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        double[] regionTotals = Margins.of(x).rowTotals();
        double[] out = new double[x.columns()];
        double[] column = new double[x.rows()];
        for (int c = 0; c < out.length; c++) {
            for (int r = 0; r < column.length; r++) {
                column[r] = KrugmanSpecialisation.value(x, r, c);
            }
            out[c] = Gini.lorenz(column, regionTotals);
        }
        return out;
    }
}

package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * National share {@code x_ri / X_i}: region r's part of industry i's activity in the reference area (the sum over
 * regions), the U.S. Cluster Mapping "share of national employment".
 */
public final class NationalShare implements CellMeasure {

    @Override
    public LabelledMatrix compute(LabelledMatrix x) {
        double[] columnTotals = Margins.of(x).columnTotals();
        int cols = x.columns();
        double[] v = x.values();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double t = columnTotals[i % cols];
            out[i] = t > 0 ? v[i] / t : Double.NaN;
        }
        return new LabelledMatrix(x.rowCodes(), x.columnCodes(), out);
    }
}

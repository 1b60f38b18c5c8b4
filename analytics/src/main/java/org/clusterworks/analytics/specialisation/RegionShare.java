package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Region share {@code x_ri / x_r}: the part of region r's activity that is in industry i (structure of a region). */
public final class RegionShare implements CellMeasure {

    @Override
    public LabelledMatrix compute(LabelledMatrix x) {
        double[] rowTotals = Margins.of(x).rowTotals();
        int cols = x.columns();
        double[] v = x.values();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double t = rowTotals[i / cols];
            out[i] = t > 0 ? v[i] / t : Double.NaN;
        }
        return new LabelledMatrix(x.rowCodes(), x.columnCodes(), out);
    }
}

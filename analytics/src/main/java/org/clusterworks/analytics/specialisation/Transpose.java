package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Swaps rows and columns, so that per-industry indices can reuse per-region code. */
final class Transpose {

    private Transpose() {}

    static LabelledMatrix of(LabelledMatrix x) {
        int rows = x.rows();
        int cols = x.columns();
        double[] v = x.values();
        double[] t = new double[v.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = v[r * cols + c];
            }
        }
        return new LabelledMatrix(x.columnCodes(), x.rowCodes(), t);
    }
}

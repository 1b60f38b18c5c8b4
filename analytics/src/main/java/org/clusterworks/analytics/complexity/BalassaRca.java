package org.clusterworks.analytics.complexity;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Balassa's revealed comparative advantage, RCA_cp = (x_cp / x_c) / (x_p / x) (Balassa 1965, "Trade liberalisation and
 * revealed comparative advantage").
 */
public final class BalassaRca implements ComparativeAdvantage {

    @Override
    public LabelledMatrix compute(LabelledMatrix activity) {
        int rows = activity.rows();
        int cols = activity.columns();
        double[] x = activity.values();
        double[] rowTotals = new double[rows];
        double[] colTotals = new double[cols];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double rowSum = 0;
            for (int c = 0; c < cols; c++) {
                double v = x[base + c];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("activity must be finite and >= 0, got " + v + " at region "
                            + activity.rowCodes()[r] + ", industry " + activity.columnCodes()[c]);
                }
                rowSum += v;
                colTotals[c] += v;
            }
            rowTotals[r] = rowSum;
            total += rowSum;
        }
        double[] out = new double[x.length];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double rowTotal = rowTotals[r];
            for (int c = 0; c < cols; c++) {
                double denominator = rowTotal * colTotals[c];
                out[base + c] = denominator > 0 ? x[base + c] * total / denominator : Double.NaN;
            }
        }
        return new LabelledMatrix(activity.rowCodes(), activity.columnCodes(), out);
    }
}

package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Row totals, column totals and the grand total of a region x industry matrix (NaN cells count as 0). */
public record Margins(double[] rowTotals, double[] columnTotals, double total) {

    /** Computes the margins of {@code m} in one pass. */
    public static Margins of(LabelledMatrix m) {
        int rows = m.rows();
        int cols = m.columns();
        double[] v = m.values();
        double[] rowTotals = new double[rows];
        double[] columnTotals = new double[cols];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            double s = 0;
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double x = v[base + c];
                if (x == x) {
                    s += x;
                    columnTotals[c] += x;
                }
            }
            rowTotals[r] = s;
            total += s;
        }
        return new Margins(rowTotals, columnTotals, total);
    }
}

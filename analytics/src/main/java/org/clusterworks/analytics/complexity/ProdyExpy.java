package org.clusterworks.analytics.complexity;

import java.util.Map;
import java.util.Objects;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * PRODY_p = sum_c [(x_cp / X_c) / sum_c' (x_c'p / X_c')] Y_c and EXPY_c = sum_p (x_cp / X_c) PRODY_p (Hausmann, Hwang
 * and Rodrik 2007, "What you export matters", J. Econ. Growth 12:1), Y = GDP per capita; only regions with a known
 * income enter PRODY, and a product no such region exports has PRODY {@code NaN}.
 */
public final class ProdyExpy {

    /** PRODY per industry and EXPY per region (NaN for regions with no activity). */
    public record Result(String[] industryCodes, double[] prody, String[] regionCodes, double[] expy) {}

    public Result compute(LabelledMatrix activity, Map<String, Double> incomePerCapita) {
        Objects.requireNonNull(incomePerCapita, "incomePerCapita");
        int rows = activity.rows();
        int cols = activity.columns();
        double[] x = activity.values();
        double[] share = new double[x.length];
        for (int r = 0; r < rows; r++) {
            double total = 0;
            for (int c = 0; c < cols; c++) {
                double v = x[r * cols + c];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("activity must be finite and >= 0 at " + activity.rowCodes()[r]);
                }
                total += v;
            }
            for (int c = 0; c < cols; c++) {
                share[r * cols + c] = total > 0 ? x[r * cols + c] / total : Double.NaN;
            }
        }
        double[] weightSum = new double[cols];
        double[] weighted = new double[cols];
        for (int r = 0; r < rows; r++) {
            Double income = incomePerCapita.get(activity.rowCodes()[r]);
            if (income == null || !Double.isFinite(income) || Double.isNaN(share[r * cols])) {
                continue;
            }
            for (int c = 0; c < cols; c++) {
                weightSum[c] += share[r * cols + c];
                weighted[c] += share[r * cols + c] * income;
            }
        }
        double[] prody = new double[cols];
        for (int c = 0; c < cols; c++) {
            prody[c] = weightSum[c] > 0 ? weighted[c] / weightSum[c] : Double.NaN;
        }
        double[] expy = new double[rows];
        for (int r = 0; r < rows; r++) {
            double e = 0;
            for (int c = 0; c < cols; c++) {
                double s = share[r * cols + c];
                if (s > 0) {
                    e += s * prody[c];
                }
            }
            expy[r] = Double.isNaN(share[r * cols]) ? Double.NaN : e;
        }
        return new Result(activity.columnCodes(), prody, activity.rowCodes(), expy);
    }
}

package org.clusterworks.analytics.specialisation;

import java.util.Arrays;

/** The Gini coefficient of a vector of non-negative values and the Lorenz-curve Gini of two distributions. */
final class Gini {

    private Gini() {}

    /**
     * {@code G = sum_k (2k - n - 1) y_(k) / (n sum y)} on the ascending values, equal to the mean absolute
     * difference over twice the mean (Gini 1912); in [0, 1 - 1/n].
     */
    static double of(double[] values) {
        double[] y = values.clone();
        Arrays.sort(y);
        int n = y.length;
        double total = 0;
        double weighted = 0;
        for (int k = 0; k < n; k++) {
            total += y[k];
            weighted += (2.0 * (k + 1) - n - 1) * y[k];
        }
        return total > 0 ? weighted / (n * total) : Double.NaN;
    }

    /**
     * Gini of the Lorenz curve of {@code part} against {@code base}: units sorted by ascending ratio
     * {@code (part_k / P) / (base_k / B)}, cumulative shares of base on the x axis and of part on the y axis, and
     * {@code G = 1 - sum_k (X_k - X_k-1)(Y_k + Y_k-1)}.
     */
    static double lorenz(double[] part, double[] base) {
        int n = part.length;
        double partTotal = 0;
        double baseTotal = 0;
        for (int k = 0; k < n; k++) {
            partTotal += part[k];
            baseTotal += base[k];
        }
        if (!(partTotal > 0) || !(baseTotal > 0)) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        double[] ratio = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            ratio[k] = base[k] > 0 ? (part[k] / partTotal) / (base[k] / baseTotal) : Double.POSITIVE_INFINITY;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ratio[a], ratio[b]));
        double x = 0;
        double y = 0;
        double area = 0;
        for (int k : order) {
            double nx = x + base[k] / baseTotal;
            double ny = y + part[k] / partTotal;
            area += (nx - x) * (ny + y);
            x = nx;
            y = ny;
        }
        return 1 - area;
    }
}

package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Shift-share decomposition of the change of each region x industry cell between two years.
 *
 * <p>Classic form (Dunn 1960): with national (sum over regions) growth {@code G = X1/X0 - 1}, industry growth
 * {@code g_i = X_i1/X_i0 - 1} and regional growth {@code g_ri = x_ri1/x_ri0 - 1}: national share
 * {@code NS = x_ri0 G}, industry mix {@code IM = x_ri0 (g_i - G)}, competitive effect {@code CE = x_ri0 (g_ri - g_i)};
 * {@code NS + IM + CE = x_ri1 - x_ri0}. Esteban-Marquillas (1972, Regional and Urban Economics 2(3)) splits the
 * competitive effect with the homothetic employment {@code h_ri = x_r0 X_i0 / X0} (the region's size with the
 * national structure): {@code CE' = h_ri (g_ri - g_i)} and allocation effect {@code A = (x_ri0 - h_ri)(g_ri - g_i)}.
 * A cell with {@code x_ri0 = 0} has an undefined regional growth rate; its whole change is put in the competitive
 * effect (and the allocation effect).
 */
public final class ShiftShare {

    private ShiftShare() {}

    /** The components, each a region x industry matrix. */
    public record Result(
            LabelledMatrix change,
            LabelledMatrix nationalShare,
            LabelledMatrix industryMix,
            LabelledMatrix competitive,
            LabelledMatrix homothetic,
            LabelledMatrix homotheticCompetitive,
            LabelledMatrix allocation) {}

    /** Decomposes the change from {@code base} to {@code last} (same regions and industries). */
    public static Result decompose(LabelledMatrix base, LabelledMatrix last) {
        if (!java.util.Arrays.equals(base.rowCodes(), last.rowCodes())
                || !java.util.Arrays.equals(base.columnCodes(), last.columnCodes())) {
            throw new IllegalArgumentException("base and final year must have the same regions and industries");
        }
        Margins m0 = Margins.of(base);
        Margins m1 = Margins.of(last);
        double nationalGrowth = m1.total() / m0.total() - 1;
        int cols = base.columns();
        int n = base.values().length;
        double[] change = new double[n];
        double[] ns = new double[n];
        double[] im = new double[n];
        double[] ce = new double[n];
        double[] h = new double[n];
        double[] ceh = new double[n];
        double[] alloc = new double[n];
        for (int k = 0; k < n; k++) {
            int r = k / cols;
            int c = k % cols;
            double x0 = KrugmanSpecialisation.value(base, r, c);
            double x1 = KrugmanSpecialisation.value(last, r, c);
            double industryGrowth =
                    m0.columnTotals()[c] > 0 ? m1.columnTotals()[c] / m0.columnTotals()[c] - 1 : Double.NaN;
            change[k] = x1 - x0;
            ns[k] = x0 * nationalGrowth;
            h[k] = m0.rowTotals()[r] * m0.columnTotals()[c] / m0.total();
            if (x0 > 0) {
                double differential = x1 / x0 - 1 - industryGrowth;
                im[k] = x0 * (industryGrowth - nationalGrowth);
                ce[k] = x0 * differential;
                ceh[k] = h[k] * differential;
                alloc[k] = (x0 - h[k]) * differential;
            } else {
                ce[k] = x1;
                ceh[k] = x1;
            }
        }
        return new Result(
                matrix(base, change),
                matrix(base, ns),
                matrix(base, im),
                matrix(base, ce),
                matrix(base, h),
                matrix(base, ceh),
                matrix(base, alloc));
    }

    private static LabelledMatrix matrix(LabelledMatrix like, double[] values) {
        return new LabelledMatrix(like.rowCodes(), like.columnCodes(), values);
    }
}

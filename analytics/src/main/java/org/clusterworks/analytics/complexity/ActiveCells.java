package org.clusterworks.analytics.complexity;

/** The regions with diversity > 0 and industries with ubiquity > 0: complexity is defined on these only. */
final class ActiveCells {

    final boolean[] activeRow;
    final boolean[] activeColumn;
    final int activeRows;
    final int activeColumns;

    ActiveCells(PresenceMatrix m) {
        activeRow = new boolean[m.rows()];
        activeColumn = new boolean[m.columns()];
        int r0 = 0;
        int c0 = 0;
        for (int r = 0; r < m.rows(); r++) {
            activeRow[r] = m.diversity(r) > 0;
            r0 += activeRow[r] ? 1 : 0;
        }
        for (int c = 0; c < m.columns(); c++) {
            activeColumn[c] = m.ubiquity(c) > 0;
            c0 += activeColumn[c] ? 1 : 0;
        }
        activeRows = r0;
        activeColumns = c0;
        if (activeRows < 2 || activeColumns < 2) {
            throw new IllegalArgumentException(
                    "complexity needs at least 2 regions and 2 industries with a presence, got " + activeRows + " x "
                            + activeColumns);
        }
    }

    /** Sets inactive entries to NaN. */
    static void blankInactive(double[] v, boolean[] active) {
        for (int i = 0; i < v.length; i++) {
            if (!active[i]) {
                v[i] = Double.NaN;
            }
        }
    }

    static double mean(double[] v, boolean[] active) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (active[i]) {
                s += v[i];
                n++;
            }
        }
        return s / n;
    }

    /** Population standard deviation (ddof = 0, numpy's default, as in py-ecomplexity). */
    static double populationSd(double[] v, boolean[] active, double mean) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (active[i]) {
                double d = v[i] - mean;
                s += d * d;
                n++;
            }
        }
        return Math.sqrt(s / n);
    }

    /**
     * The Growth Lab normalisation (py-ecomplexity {@code calc_eci_pci}): both vectors are centred and scaled by the
     * mean and population standard deviation of the region vector, so ECI_c = mean of PCI_p over the industries of c.
     */
    static void growthLabNormalise(double[] region, double[] industry, ActiveCells a) {
        double mean = mean(region, a.activeRow);
        double sd = populationSd(region, a.activeRow, mean);
        for (int i = 0; i < region.length; i++) {
            region[i] = (region[i] - mean) / sd;
        }
        for (int i = 0; i < industry.length; i++) {
            industry[i] = (industry[i] - mean) / sd;
        }
        blankInactive(region, a.activeRow);
        blankInactive(industry, a.activeColumn);
    }

    /** y_c = (1/k_c) sum_p M_cp x_p for active regions. */
    static void averageOverIndustries(int[][] rowIndices, double[] x, double[] y) {
        for (int r = 0; r < rowIndices.length; r++) {
            int[] idx = rowIndices[r];
            if (idx.length == 0) {
                y[r] = 0;
                continue;
            }
            double s = 0;
            for (int c : idx) {
                s += x[c];
            }
            y[r] = s / idx.length;
        }
    }
}

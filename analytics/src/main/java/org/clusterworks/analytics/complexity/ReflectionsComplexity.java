package org.clusterworks.analytics.complexity;

/**
 * ECI/PCI by the method of reflections (Hidalgo and Hausmann 2009, PNAS 106:10570): k_c,N = (1/k_c) sum_p M_cp k_p,N-1
 * and k_p,N = (1/k_p) sum_c M_cp k_c,N-1 from k_c,0 = diversity and k_p,0 = ubiquity; ECI is k_c,N (N even, default
 * 20) and PCI is k_p,N-1, both with the Growth Lab normalisation (subtract the mean and divide by the population
 * standard deviation of k_c,N), so that ECI_c is exactly the mean PCI of the industries present in c.
 */
public final class ReflectionsComplexity implements ComplexityMeasure {

    public static final int DEFAULT_ITERATIONS = 20;

    private final int iterations;

    public ReflectionsComplexity() {
        this(DEFAULT_ITERATIONS);
    }

    /** @param iterations N, the order of the region reflection; even and at least 2 */
    public ReflectionsComplexity(int iterations) {
        if (iterations < 2 || iterations % 2 != 0) {
            throw new IllegalArgumentException("iterations must be even and >= 2: " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public ComplexityScores compute(PresenceMatrix m) {
        ActiveCells a = new ActiveCells(m);
        int[][] rows = m.rowIndicesView();
        int[][] cols = m.columnIndicesView();
        // Only the chain k_c,0 -> k_p,1 -> k_c,2 -> ... -> k_p,N-1 -> k_c,N matters. Every reflection is an average,
        // so it commutes with adding a constant and scaling: each iterate is centred and scaled as it is produced.
        // This changes nothing after the final normalisation but avoids the cancellation of the raw iterates, which
        // converge to a constant and keep only about lambda_2^(N/2) of their signal (1e-8 at N = 20 on world trade).
        double[] kc = new double[m.rows()];
        double[] kp = new double[m.columns()];
        for (int r = 0; r < kc.length; r++) {
            kc[r] = rows[r].length;
        }
        double[] scaleBy = kc;
        for (int n = 1; n <= iterations; n++) {
            if (n % 2 == 1) {
                ActiveCells.averageOverIndustries(cols, kc, kp);
                scaleBy = kp;
            } else {
                ActiveCells.averageOverIndustries(rows, kp, kc);
                scaleBy = kc;
            }
            if (n < iterations) {
                boolean[] active = scaleBy == kc ? a.activeRow : a.activeColumn;
                double mean = ActiveCells.mean(scaleBy, active);
                double sd = ActiveCells.populationSd(scaleBy, active, mean);
                if (!(sd > 0)) {
                    throw new IllegalArgumentException("reflections became constant at order " + n
                            + ": the region-industry network has no complexity gradient");
                }
                for (int i = 0; i < scaleBy.length; i++) {
                    scaleBy[i] = (scaleBy[i] - mean) / sd;
                }
            }
        }
        double[] eci = kc.clone();
        double[] pci = kp.clone();
        ActiveCells.growthLabNormalise(eci, pci, a);
        return new ComplexityScores(m.rowCodes(), eci, m.columnCodes(), pci);
    }
}

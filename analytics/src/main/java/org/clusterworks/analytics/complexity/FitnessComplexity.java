package org.clusterworks.analytics.complexity;

import java.util.Arrays;

/**
 * Fitness-complexity (Tacchella et al. 2012, Sci. Rep. 2:723): F_c = sum_p M_cp Q_p, Q_p = 1 / sum_c M_cp / F_c, each
 * mean-normalised, as the R package economiccomplexity reports it by default: F and Q start at 1, both are updated from
 * the previous iterate, and the result is the {@code iterations}-th iterate counting the start as the first (20).
 */
public final class FitnessComplexity implements ComplexityMeasure {

    /** The default of economiccomplexity's {@code complexity_measures(method = "fitness")}. */
    public static final int DEFAULT_ITERATIONS = 20;

    private final int iterations;

    public FitnessComplexity() {
        this(DEFAULT_ITERATIONS);
    }

    public FitnessComplexity(int iterations) {
        if (iterations < 2) {
            throw new IllegalArgumentException("iterations must be >= 2: " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public ComplexityScores compute(PresenceMatrix m) {
        ActiveCells a = new ActiveCells(m);
        int[][] rows = m.rowIndicesView();
        int[][] cols = m.columnIndicesView();
        double[] fitness = new double[m.rows()];
        double[] complexity = new double[m.columns()];
        Arrays.fill(fitness, 1.0);
        Arrays.fill(complexity, 1.0);
        double[] nextFitness = new double[fitness.length];
        double[] nextComplexity = new double[complexity.length];
        double[] inverseFitness = new double[fitness.length];
        for (int step = 1; step < iterations; step++) {
            for (int r = 0; r < rows.length; r++) {
                double s = 0;
                for (int c : rows[r]) {
                    s += complexity[c];
                }
                nextFitness[r] = s;
                inverseFitness[r] = 1.0 / fitness[r];
            }
            for (int c = 0; c < cols.length; c++) {
                double s = 0;
                for (int r : cols[c]) {
                    s += inverseFitness[r];
                }
                nextComplexity[c] = 1.0 / s;
            }
            scaleToMeanOne(nextFitness, a.activeRow);
            scaleToMeanOne(nextComplexity, a.activeColumn);
            double[] t = fitness;
            fitness = nextFitness;
            nextFitness = t;
            t = complexity;
            complexity = nextComplexity;
            nextComplexity = t;
        }
        ActiveCells.blankInactive(fitness, a.activeRow);
        ActiveCells.blankInactive(complexity, a.activeColumn);
        return new ComplexityScores(m.rowCodes(), fitness, m.columnCodes(), complexity);
    }

    private static void scaleToMeanOne(double[] v, boolean[] active) {
        double mean = ActiveCells.mean(v, active);
        for (int i = 0; i < v.length; i++) {
            v[i] = active[i] ? v[i] / mean : 0;
        }
    }
}

package org.clusterworks.analytics.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.clusterworks.analytics.testing.Stats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eigenvector ECI on random presence matrices of several shapes (including word boundaries of the bitsets and
 * matrices small enough for Lanczos to exhaust the space): it must satisfy the eigen-equation of M~ = D^-1 M U^-1 M'
 * for the second largest eigenvalue, computed here from the dense matrix.
 */
class EigenvectorComplexityPropertiesTest {

    @ParameterizedTest
    @CsvSource({"4, 5, 1", "9, 3, 2", "40, 70, 3", "65, 130, 4", "150, 60, 5"})
    void eciSolvesTheEigenEquationOfTheSecondLargestEigenvalue(int rows, int cols, long seed) {
        PresenceMatrix m = randomNested(rows, cols, seed);
        ComplexityScores s = new EigenvectorComplexity().compute(m);
        double[] eci = s.regionScores();
        // y = M~ eci; for ECI = (k - mu) / sigma with M~ k = lambda k and M~ 1 = 1: y - lambda eci is constant.
        double[] y = new double[rows];
        double[] pciLike = new double[cols];
        for (int c = 0; c < cols; c++) {
            double sum = 0;
            for (int r : m.regionsOf(c)) {
                sum += eci[r];
            }
            pciLike[c] = sum / m.ubiquity(c);
        }
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c : m.industriesOf(r)) {
                sum += pciLike[c];
            }
            y[r] = sum / m.diversity(r);
        }
        int hi = argMax(eci);
        int lo = argMin(eci);
        double lambda = (y[hi] - y[lo]) / (eci[hi] - eci[lo]);
        double shift = y[hi] - lambda * eci[hi];
        for (int r = 0; r < rows; r++) {
            assertThat(y[r]).isCloseTo(lambda * eci[r] + shift, within(1e-9));
        }
        double[] eigenvalues = denseEigenvalues(m);
        assertThat(lambda).isCloseTo(eigenvalues[eigenvalues.length - 2], within(1e-9));
        assertThat(eigenvalues[eigenvalues.length - 1]).isCloseTo(1, within(1e-9));
        double[] diversity = Arrays.stream(m.diversity()).asDoubleStream().toArray();
        assertThat(Stats.pearson(eci, diversity)).isPositive();
    }

    /** Eigenvalues of U^-1/2 M' D^-1 M U^-1/2 (similar to the industry M~), ascending, by Jacobi on the dense matrix. */
    private static double[] denseEigenvalues(PresenceMatrix m) {
        int p = m.columns();
        double[] s = new double[p * p];
        for (int r = 0; r < m.rows(); r++) {
            int[] idx = m.industriesOf(r);
            for (int a : idx) {
                for (int b : idx) {
                    s[a * p + b] += 1.0 / m.diversity(r) / Math.sqrt((double) m.ubiquity(a) * m.ubiquity(b));
                }
            }
        }
        double[] values = new JacobiEigen(s, p).values.clone();
        Arrays.sort(values);
        return values;
    }

    /** Region r has industry c with a probability that falls with c's requirement above r's capability. */
    static PresenceMatrix randomNested(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] present = new boolean[rows * cols];
        double[] capability = random.doubles(rows).toArray();
        double[] requirement = random.doubles(cols).toArray();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double p = capability[r] >= requirement[c] ? 0.8 : 0.15;
                present[r * cols + c] = random.nextDouble() < p;
            }
            present[r * cols + random.nextInt(cols)] = true;
        }
        for (int c = 0; c < cols; c++) {
            present[random.nextInt(rows) * cols + c] = true;
        }
        String[] rc = new String[rows];
        String[] cc = new String[cols];
        Arrays.setAll(rc, i -> "r" + i);
        Arrays.setAll(cc, i -> "c" + i);
        return PresenceMatrix.of(rc, cc, present);
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] > v[best] ? i : best;
        }
        return best;
    }

    private static int argMin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] < v[best] ? i : best;
        }
        return best;
    }
}

package org.clusterworks.analytics.selection;

/**
 * Criteria weights from an AHP pairwise comparison matrix (Saaty 1980, The Analytic Hierarchy Process): the principal
 * right eigenvector normalised to sum 1, consistency index CI = (lambda_max - n) / (n - 1) and ratio CR = CI / RI with
 * Saaty's random index RI; CR > 0.1 is flagged as inconsistent.
 */
public final class AhpWeights {

    /** Saaty's random consistency index for n = 1..15 (Saaty 1980; 0 for n <= 2, where every matrix is consistent). */
    static final double[] RANDOM_INDEX = {
        0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
    };

    /** The consistency-ratio threshold above which judgements should be revised. */
    public static final double CR_LIMIT = 0.1;

    /** Weights and consistency of one comparison matrix. */
    public record Result(
            double[] weights, double lambdaMax, double consistencyIndex, double randomIndex, double consistencyRatio) {
        public boolean consistent() {
            return consistencyRatio <= CR_LIMIT;
        }
    }

    /**
     * @param pairwise row-major n x n, a_ij = importance of i over j, positive, a_ii = 1 and a_ji = 1 / a_ij (relative
     *     tolerance 1e-6, so that 0.333 for 1/3 is rejected but 1/3 as a double is not)
     */
    public Result compute(double[] pairwise, int n) {
        if (n < 1 || n > RANDOM_INDEX.length || pairwise.length != n * n) {
            throw new IllegalArgumentException("AHP needs an n x n matrix with 1 <= n <= " + RANDOM_INDEX.length);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = pairwise[i * n + j];
                if (!(a > 0) || !Double.isFinite(a)) {
                    throw new IllegalArgumentException("a[" + i + "][" + j + "] must be positive, got " + a);
                }
                if (i == j && a != 1) {
                    throw new IllegalArgumentException("a[" + i + "][" + i + "] must be 1, got " + a);
                }
                if (Math.abs(a * pairwise[j * n + i] - 1) > 1e-6) {
                    throw new IllegalArgumentException("a[" + j + "][" + i + "] must be 1 / a[" + i + "][" + j + "]");
                }
            }
        }
        // Power iteration: a positive matrix has a simple dominant (Perron) eigenvalue with a positive eigenvector.
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double lambda = n;
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double[] next = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += pairwise[i * n + j] * w[j];
                }
                next[i] = s;
                sum += s;
            }
            lambda = sum; // since sum(w) = 1, sum(Aw) -> lambda_max
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < 1e-15) {
                break;
            }
        }
        double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        double ri = RANDOM_INDEX[n - 1];
        double cr = ri > 0 ? ci / ri : 0;
        return new Result(w, lambda, ci, ri, cr);
    }
}

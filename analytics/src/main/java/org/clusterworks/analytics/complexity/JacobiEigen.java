package org.clusterworks.analytics.complexity;

/** Eigenvalues and eigenvectors of a small dense symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan §8.5). */
final class JacobiEigen {

    final double[] values;
    /** Column j (row-major n x n, entry [i * n + j]) is the eigenvector of values[j]. */
    final double[] vectors;

    JacobiEigen(double[] symmetric, int n) {
        double[] a = symmetric.clone();
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += a[i * n + i] * a[i * n + i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i * n + j] * a[i * n + j];
                }
            }
            if (off <= 1e-30 * Math.max(diag, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (apq == 0) {
                        continue;
                    }
                    double app = a[p * n + p];
                    double aqq = a[q * n + q];
                    double theta = (aqq - app) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k * n + p];
                        double akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p * n + k];
                        double aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k * n + p];
                        double vkq = v[k * n + q];
                        v[k * n + p] = c * vkp - s * vkq;
                        v[k * n + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i * n + i];
        }
        vectors = v;
    }

    int largest() {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}

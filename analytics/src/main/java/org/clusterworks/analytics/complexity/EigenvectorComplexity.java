package org.clusterworks.analytics.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * ECI/PCI as the eigenvector of the second largest eigenvalue of M~ = D^-1 M U^-1 M' (regions) and of U^-1 M' D^-1 M
 * (industries) (Hidalgo and Hausmann 2009; Atlas of Economic Complexity 2011), signed so that ECI correlates positively
 * with diversity, with the Growth Lab normalisation (py-ecomplexity): ECI = (k - mean k) / sd k and PCI = (q - mean k) /
 * sd k with k = D^-1 M q and population sd, so ECI_c equals the mean PCI of the industries present in c.
 *
 * <p>The eigenvector is found by Lanczos iteration with full reorthogonalisation on the symmetric similar matrix U^-1/2
 * M' D^-1 M U^-1/2, deflated by its known top eigenvector U^1/2 1 (eigenvalue 1), so only sparse products with M are
 * needed. The second eigenvalue must be simple and below 1: a disconnected network, or one whose second eigenvalue
 * is repeated (found by running Lanczos from two random starts), has no unique ECI and is rejected.
 */
public final class EigenvectorComplexity implements ComplexityMeasure {

    private static final double TOLERANCE = 1e-13;

    @Override
    public ComplexityScores compute(PresenceMatrix m) {
        ActiveCells a = new ActiveCells(m);
        int[][] rows = m.rowIndicesView();
        int[][] cols = m.columnIndicesView();
        int p = m.columns();
        double[] invSqrtU = new double[p];
        double[] top = new double[p];
        for (int c = 0; c < p; c++) {
            if (a.activeColumn[c]) {
                invSqrtU[c] = 1 / Math.sqrt(cols[c].length);
                top[c] = Math.sqrt(cols[c].length);
            }
        }
        normalise(top);
        Operator s = new Operator(rows, cols, invSqrtU, m.rows());
        // Single-vector Lanczos cannot see a repeated eigenvalue, so it runs from two random starts: a unique
        // eigenvector gives the same direction twice, a repeated second eigenvalue gives two different ones.
        Ritz first = secondEigenvector(s, top, a, 20090630L);
        Ritz second = secondEigenvector(s, top, a, 20120723L);
        if (first.value() > 1 - 1e-9) {
            throw new IllegalArgumentException(
                    "ECI is undefined: the region-industry network is disconnected" + " (eigenvalue 1 is repeated)");
        }
        if (Math.abs(dot(first.vector(), second.vector())) < 1 - 1e-8) {
            throw new IllegalArgumentException("ECI is undefined: the second eigenvalue (" + first.value()
                    + ") is repeated, so its eigenvector is not unique");
        }
        double[] y = first.vector();
        double[] pci = new double[p];
        for (int c = 0; c < p; c++) {
            pci[c] = y[c] * invSqrtU[c];
        }
        double[] eci = new double[m.rows()];
        ActiveCells.averageOverIndustries(rows, pci, eci);
        if (covariance(eci, m.diversity(), a.activeRow) < 0) {
            for (int i = 0; i < eci.length; i++) {
                eci[i] = -eci[i];
            }
            for (int i = 0; i < pci.length; i++) {
                pci[i] = -pci[i];
            }
        }
        ActiveCells.growthLabNormalise(eci, pci, a);
        return new ComplexityScores(m.rowCodes(), eci, m.columnCodes(), pci);
    }

    /** y -> U^-1/2 M' D^-1 M U^-1/2 y on industry vectors. */
    private record Operator(int[][] rows, int[][] cols, double[] invSqrtU, int regions) {
        void apply(double[] x, double[] out, double[] regionScratch, double[] industryScratch) {
            for (int c = 0; c < x.length; c++) {
                industryScratch[c] = x[c] * invSqrtU[c];
            }
            ActiveCells.averageOverIndustries(rows, industryScratch, regionScratch);
            for (int c = 0; c < out.length; c++) {
                double sum = 0;
                for (int r : cols[c]) {
                    sum += regionScratch[r];
                }
                out[c] = sum * invSqrtU[c];
            }
        }
    }

    private record Ritz(double[] vector, double value) {}

    private static Ritz secondEigenvector(Operator op, double[] top, ActiveCells a, long seed) {
        int p = top.length;
        int maxDim = a.activeColumns - 1;
        double[] regionScratch = new double[op.regions()];
        double[] industryScratch = new double[p];
        SplittableRandom random = new SplittableRandom(seed);
        double[] q = new double[p];
        for (int c = 0; c < p; c++) {
            q[c] = a.activeColumn[c] ? random.nextDouble(-1, 1) : 0;
        }
        orthogonalise(q, top);
        normalise(q);
        List<double[]> basis = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        List<Double> betas = new ArrayList<>();
        double[] w = new double[p];
        while (true) {
            basis.add(q);
            op.apply(q, w, regionScratch, industryScratch);
            double alpha = dot(q, w);
            alphas.add(alpha);
            // Full reorthogonalisation (twice is enough, Parlett), and deflation of the top eigenvector.
            for (int pass = 0; pass < 2; pass++) {
                orthogonalise(w, top);
                for (double[] b : basis) {
                    orthogonalise(w, b);
                }
            }
            double beta = Math.sqrt(dot(w, w));
            int k = basis.size();
            boolean exhausted = beta < 1e-12 || k >= maxDim;
            if (exhausted || k % 8 == 0) {
                double[] t = tridiagonal(alphas, betas, k);
                JacobiEigen eig = new JacobiEigen(t, k);
                int j = eig.largest();
                double residual = Math.abs(beta * eig.vectors[(k - 1) * k + j]);
                if (exhausted || residual < TOLERANCE) {
                    double[] y = new double[p];
                    for (int i = 0; i < k; i++) {
                        double coefficient = eig.vectors[i * k + j];
                        double[] b = basis.get(i);
                        for (int c = 0; c < p; c++) {
                            y[c] += coefficient * b[c];
                        }
                    }
                    normalise(y);
                    return new Ritz(y, eig.values[j]);
                }
            }
            betas.add(beta);
            double[] next = new double[p];
            for (int c = 0; c < p; c++) {
                next[c] = w[c] / beta;
            }
            q = next;
        }
    }

    private static double[] tridiagonal(List<Double> alphas, List<Double> betas, int k) {
        double[] t = new double[k * k];
        for (int i = 0; i < k; i++) {
            t[i * k + i] = alphas.get(i);
            if (i + 1 < k) {
                t[i * k + i + 1] = betas.get(i);
                t[(i + 1) * k + i] = betas.get(i);
            }
        }
        return t;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static void orthogonalise(double[] w, double[] unit) {
        double d = dot(w, unit);
        for (int i = 0; i < w.length; i++) {
            w[i] -= d * unit[i];
        }
    }

    private static void normalise(double[] v) {
        double n = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) {
            v[i] /= n;
        }
    }

    /** Covariance (unscaled): its sign is the sign of the correlation. */
    private static double covariance(double[] x, int[] y, boolean[] active) {
        double mx = ActiveCells.mean(x, active);
        double my = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (active[i]) {
                my += y[i];
                n++;
            }
        }
        my /= n;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (active[i]) {
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        return sxy;
    }
}

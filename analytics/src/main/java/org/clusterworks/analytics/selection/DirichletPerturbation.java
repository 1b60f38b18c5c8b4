package org.clusterworks.analytics.selection;

import java.util.random.RandomGenerator;

/**
 * Weights drawn from Dirichlet(c w), whose mean is w and whose spread shrinks as the concentration c grows (variance
 * w_k (1 - w_k) / (c + 1)); gamma variates by Marsaglia and Tsang (2000, ACM TOMS 26:363). A zero weight stays 0.
 */
public final class DirichletPerturbation implements WeightPerturbation {

    private final double concentration;

    public DirichletPerturbation(double concentration) {
        if (!(concentration > 0) || !Double.isFinite(concentration)) {
            throw new IllegalArgumentException("concentration must be > 0: " + concentration);
        }
        this.concentration = concentration;
    }

    @Override
    public double[] draw(double[] weights, RandomGenerator random) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            double alpha = concentration * weights[k];
            out[k] = alpha > 0 ? gamma(alpha, random) : 0;
            sum += out[k];
        }
        if (!(sum > 0)) {
            return weights.clone();
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= sum;
        }
        return out;
    }

    static double gamma(double shape, RandomGenerator random) {
        if (shape < 1) {
            // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}

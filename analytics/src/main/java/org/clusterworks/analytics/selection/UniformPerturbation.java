package org.clusterworks.analytics.selection;

import java.util.random.RandomGenerator;

/** Weights w_k (1 + u_k), u_k ~ Uniform(-spread, spread) independently, renormalised to sum 1 (a one-at-a-time-free Monte Carlo weight sensitivity). */
public final class UniformPerturbation implements WeightPerturbation {

    private final double spread;

    public UniformPerturbation(double spread) {
        if (!(spread >= 0) || spread > 1) {
            throw new IllegalArgumentException("spread must be in [0, 1]: " + spread);
        }
        this.spread = spread;
    }

    @Override
    public double[] draw(double[] weights, RandomGenerator random) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            double u = spread > 0 ? random.nextDouble(-spread, spread) : 0;
            out[k] = weights[k] * (1 + u);
            sum += out[k];
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= sum;
        }
        return out;
    }
}

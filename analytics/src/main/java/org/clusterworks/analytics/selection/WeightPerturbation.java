package org.clusterworks.analytics.selection;

import java.util.random.RandomGenerator;

/** Draws a random weight vector (non-negative, summing to 1) around given weights, for sensitivity analysis. */
public interface WeightPerturbation {

    double[] draw(double[] weights, RandomGenerator random);
}

package org.clusterworks.benchmarks;

import java.util.SplittableRandom;
import org.clusterworks.analytics.core.LabelledMatrix;

/** Deterministic sparse, skewed region x industry matrices for the JMH benchmarks. */
final class SyntheticMatrices {

    private SyntheticMatrices() {}

    /** About {@code fill} of the cells non-zero, log-normal sizes; same seed, same matrix. */
    static LabelledMatrix employment(int regions, int industries, double fill, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] r = new String[regions];
        String[] c = new String[industries];
        for (int i = 0; i < regions; i++) {
            r[i] = String.format("%05d", i);
        }
        for (int i = 0; i < industries; i++) {
            c[i] = Integer.toString(111110 + i * 797);
        }
        double[] v = new double[regions * industries];
        for (int k = 0; k < v.length; k++) {
            if (random.nextDouble() < fill) {
                v[k] = Math.max(1, Math.round(Math.exp(3 + 1.5 * gaussian(random))));
            }
        }
        return new LabelledMatrix(r, c, v);
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

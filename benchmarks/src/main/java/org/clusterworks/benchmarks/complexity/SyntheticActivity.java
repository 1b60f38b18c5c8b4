package org.clusterworks.benchmarks.complexity;

import java.util.SplittableRandom;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * A seeded synthetic region x industry matrix with a nested (capabilities) structure, so that presence, proximity and
 * complexity behave like real trade data: region r makes industry p at full scale when its capability exceeds the
 * industry's requirement, otherwise at a tenth, with log-normal sizes and noise and 20 % of cells empty.
 */
public final class SyntheticActivity {

    private SyntheticActivity() {}

    public static LabelledMatrix generate(int regions, int industries, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] capability = new double[regions];
        double[] regionSize = new double[regions];
        for (int r = 0; r < regions; r++) {
            capability[r] = random.nextDouble();
            regionSize[r] = Math.exp(2 * random.nextGaussian());
        }
        double[] requirement = new double[industries];
        double[] industrySize = new double[industries];
        for (int p = 0; p < industries; p++) {
            requirement[p] = random.nextDouble();
            industrySize[p] = Math.exp(random.nextGaussian());
        }
        double[] v = new double[regions * industries];
        for (int r = 0; r < regions; r++) {
            for (int p = 0; p < industries; p++) {
                if (random.nextDouble() < 0.2) {
                    continue;
                }
                double level = capability[r] >= requirement[p] ? 1 : 0.1;
                v[r * industries + p] = regionSize[r] * industrySize[p] * level * Math.exp(random.nextGaussian());
            }
        }
        String[] rc = new String[regions];
        for (int r = 0; r < regions; r++) {
            rc[r] = String.format("r%04d", r);
        }
        String[] pc = new String[industries];
        for (int p = 0; p < industries; p++) {
            pc[p] = String.format("%04d", p);
        }
        return new LabelledMatrix(rc, pc, v);
    }
}

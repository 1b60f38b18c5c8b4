package org.clusterworks.analytics.relatedness;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Proximity phi_ij = C_ij / max(k_i, k_j), the minimum of the conditional probabilities P(i|j) and P(j|i) (Hidalgo,
 * Klinger, Barabasi and Hausmann 2007, Science 317:482); 0 where both totals are 0; diagonal set to 0.
 */
public final class MinimumConditionalProbability implements RelatednessMeasure {

    @Override
    public LabelledMatrix relatedness(CoOccurrence co) {
        int n = co.size();
        int[] c = co.view();
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            int ki = c[i * n + i];
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                int max = Math.max(ki, c[j * n + j]);
                out[i * n + j] = max == 0 ? 0 : (double) c[i * n + j] / max;
            }
        }
        String[] codes = co.codes();
        return new LabelledMatrix(codes, codes, out);
    }
}

package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Gini coefficient of an industry's activity over regions (absolute concentration; Gini 1912): 0 when every region
 * has the same amount, at most {@code 1 - 1/n}.
 */
public final class GiniConcentration implements IndustryIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        return new GiniSpecialisation().compute(Transpose.of(x));
    }
}

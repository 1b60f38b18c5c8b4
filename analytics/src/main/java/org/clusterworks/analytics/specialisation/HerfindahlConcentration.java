package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Herfindahl(-Hirschman) index of an industry's spread over regions {@code HHI_i = sum_r (x_ri / X_i)^2} (Herfindahl
 * 1950): from {@code 1/n} (equal in all regions) to 1 (one region).
 */
public final class HerfindahlConcentration implements IndustryIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        return Herfindahl.rows(Transpose.of(x));
    }
}

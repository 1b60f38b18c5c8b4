package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Herfindahl(-Hirschman) index of a region's industry structure {@code HHI_r = sum_i (x_ri / x_r)^2} (Herfindahl
 * 1950; Hirschman 1945): from {@code 1/n} (all industries equal) to 1 (one industry).
 */
public final class HerfindahlSpecialisation implements RegionIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        return Herfindahl.rows(x);
    }
}

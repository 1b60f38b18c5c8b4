package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Hoover coefficient of specialisation {@code H_r = 1/2 sum_i |x_ri / x_r - X_i / X|} (Hoover 1936; Isard 1960):
 * the share of a region's activity that would have to move between industries to match the reference structure; in
 * [0, 1), half the Krugman index.
 */
public final class HooverSpecialisation implements RegionIndex {

    @Override
    public double[] compute(LabelledMatrix x) {
        double[] k = new KrugmanSpecialisation().compute(x);
        for (int r = 0; r < k.length; r++) {
            k[r] /= 2;
        }
        return k;
    }
}

package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Entropy of a region's industry structure and its split into unrelated and related variety (Frenken, Van Oort &amp;
 * Verburg 2007, Regional Studies 41(5)), with base-2 logarithms.
 *
 * <p>With industry shares {@code p_i = x_ri / x_r} and sector shares {@code P_g = sum_{i in g} p_i}: total entropy
 * {@code E = sum_i p_i log2(1/p_i)}; unrelated variety {@code UV = sum_g P_g log2(1/P_g)}; related variety
 * {@code RV = sum_g P_g H_g} with {@code H_g = sum_{i in g} (p_i / P_g) log2(P_g / p_i)}; so {@code E = UV + RV}.
 */
public final class EntropyDecomposition {

    private final int[] sectorOfIndustry;

    /** @param sectorOfIndustry the sector (0, 1, ...) of each industry column, e.g. its 2-digit parent */
    public EntropyDecomposition(int[] sectorOfIndustry) {
        this.sectorOfIndustry = sectorOfIndustry.clone();
    }

    /** Entropy, unrelated and related variety of one region. */
    public record Variety(double entropy, double unrelatedVariety, double relatedVariety) {}

    /** One {@link Variety} per region (NaN fields for a region without activity). */
    public Variety[] compute(LabelledMatrix x) {
        if (sectorOfIndustry.length != x.columns()) {
            throw new IllegalArgumentException(
                    "sectors given for " + sectorOfIndustry.length + " industries, matrix has " + x.columns());
        }
        int sectors = 0;
        for (int s : sectorOfIndustry) {
            sectors = Math.max(sectors, s + 1);
        }
        double[] rowTotals = Margins.of(x).rowTotals();
        Variety[] out = new Variety[x.rows()];
        double[] sectorShare = new double[sectors];
        for (int r = 0; r < out.length; r++) {
            double t = rowTotals[r];
            if (!(t > 0)) {
                out[r] = new Variety(Double.NaN, Double.NaN, Double.NaN);
                continue;
            }
            java.util.Arrays.fill(sectorShare, 0);
            double entropy = 0;
            for (int c = 0; c < x.columns(); c++) {
                double p = KrugmanSpecialisation.value(x, r, c) / t;
                sectorShare[sectorOfIndustry[c]] += p;
                entropy += plog(p);
            }
            double unrelated = 0;
            for (double share : sectorShare) {
                unrelated += plog(share);
            }
            double related = 0;
            for (int c = 0; c < x.columns(); c++) {
                double p = KrugmanSpecialisation.value(x, r, c) / t;
                double sector = sectorShare[sectorOfIndustry[c]];
                if (p > 0) {
                    related += p * log2(sector / p);
                }
            }
            out[r] = new Variety(entropy, unrelated, related);
        }
        return out;
    }

    private static double plog(double p) {
        return p > 0 ? -p * log2(p) : 0;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}

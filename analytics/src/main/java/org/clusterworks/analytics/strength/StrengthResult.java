package org.clusterworks.analytics.strength;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Per region x cluster LQ and strength flags, and per region cluster strength, for one cross-section.
 *
 * <p>Flags are only defined for traded clusters; for local clusters {@link #isTraded(int)} is false and the flag
 * arrays hold false. Cluster strength of a region is the share of its traded employment in its strong clusters.
 *
 * @param lq location quotients (traded and local denominators)
 * @param traded whether each column (cluster) is traded
 * @param qualifying row-major flags, one per cell
 * @param significant row-major flags
 * @param strong row-major flags
 * @param strong10 row-major flags
 * @param strongEmployment per region, employment in its strong clusters
 * @param clusterStrength per region, strong-cluster employment over traded employment (NaN without traded jobs)
 */
public record StrengthResult(
        LabelledMatrix lq,
        boolean[] traded,
        boolean[] qualifying,
        boolean[] significant,
        boolean[] strong,
        boolean[] strong10,
        double[] strongEmployment,
        double[] clusterStrength) {

    public boolean isTraded(int column) {
        return traded[column];
    }

    /** The highest flag a cell reaches, as a specialisation category. */
    public enum Category {
        NOT_TRADED,
        NONE,
        QUALIFYING,
        SIGNIFICANT,
        STRONG,
        STRONG10
    }

    /** The category of the row-major cell {@code cell} (flags are nested except that strong needs LQ >= 1). */
    public Category category(int cell) {
        if (!traded[cell % traded.length]) {
            return Category.NOT_TRADED;
        }
        if (strong10[cell]) {
            return Category.STRONG10;
        }
        if (strong[cell]) {
            return Category.STRONG;
        }
        if (significant[cell]) {
            return Category.SIGNIFICANT;
        }
        return qualifying[cell] ? Category.QUALIFYING : Category.NONE;
    }
}

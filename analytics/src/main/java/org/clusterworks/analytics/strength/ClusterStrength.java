package org.clusterworks.analytics.strength;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Decides which region-cluster pairs are strong clusters and how strong each region's cluster portfolio is. */
public interface ClusterStrength {

    /**
     * Evaluates one cross-section.
     *
     * @param employment regions x clusters employment
     * @param establishments regions x clusters establishments, same codes and order
     * @param traded whether each cluster (column) is traded
     * @param reference reference-area totals for the LQ denominator, or null for the sums over the regions
     */
    StrengthResult evaluate(
            LabelledMatrix employment, LabelledMatrix establishments, boolean[] traded, ReferenceTotals reference);
}

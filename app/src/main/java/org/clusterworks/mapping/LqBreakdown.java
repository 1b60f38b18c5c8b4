package org.clusterworks.mapping;

/**
 * The four figures of one cell's location quotient as the mapping engine computes it, {@code LQ = (e_ri / e_r) /
 * (e_i / e)} (Florence 1939; with the U.S. Cluster Mapping traded/local denominators, Delgado, Porter &amp; Stern
 * 2016).
 *
 * @param region region code
 * @param industry industry or cluster code
 * @param year the year
 * @param measure the measure read as employment
 * @param cellEmployment {@code e_ri}, the cell's employment
 * @param regionTotal {@code e_r}, the region's employment in the cell's denominator group
 * @param industryTotal {@code e_i}, the industry's employment in the reference area
 * @param referenceTotal {@code e}, the reference area's employment in the cell's denominator group
 * @param lq the engine's location quotient of the cell
 * @param denominatorGroup {@code all} (one denominator), {@code traded} or {@code local}
 * @param nationalReference whether {@code e_i} and {@code e} are reference-area totals given with the dataset rather
 *     than sums over its regions
 */
public record LqBreakdown(
        String region,
        String industry,
        int year,
        String measure,
        double cellEmployment,
        double regionTotal,
        double industryTotal,
        double referenceTotal,
        double lq,
        String denominatorGroup,
        boolean nationalReference) {}

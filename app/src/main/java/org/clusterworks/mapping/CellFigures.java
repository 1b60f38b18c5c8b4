package org.clusterworks.mapping;

/**
 * The figures of one region x industry (or cluster) cell of a dataset's year, as the mapping pages compute them.
 *
 * @param region region code
 * @param industry industry or cluster code
 * @param year the year
 * @param employment the cell's employment (the dataset's employment measure)
 * @param regionShare the industry's share of the region's employment
 * @param referenceShare the industry's share of the reference area's employment (national totals when the
 *     dataset carries them, else the sum over its regions)
 * @param lq the location quotient, {@code regionShare / referenceShare}
 * @param strong whether the cell is a strong cluster under the U.S. Cluster Mapping rules
 */
public record CellFigures(
        String region,
        String industry,
        int year,
        double employment,
        double regionShare,
        double referenceShare,
        double lq,
        boolean strong) {}

package org.clusterworks.mapping;

import java.util.List;

/**
 * A workspace's statistical dataset as other modules see it (e.g. monitoring reading indicator values).
 *
 * @param id dataset id
 * @param name display name
 * @param regionScheme territorial scheme of the region codes
 * @param industryScheme classification or cluster definition of the industry codes
 * @param version current version number
 * @param years periods covered by the current version
 * @param measures measures of the current version
 */
public record DatasetSummary(
        long id,
        String name,
        String regionScheme,
        String industryScheme,
        int version,
        List<Integer> years,
        List<String> measures) {}

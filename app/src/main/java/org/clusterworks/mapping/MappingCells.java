package org.clusterworks.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cells of a workspace's mapping dataset for other modules (the learning exercises pick one and explain it). */
public interface MappingCells {

    /** The region codes of a dataset's year, in the mapping pages' order; empty when the dataset or year is absent. */
    List<String> regions(long workspaceId, long datasetId, int year);

    /** The industry or cluster codes of a dataset's year; empty when the dataset or year is absent. */
    List<String> industries(long workspaceId, long datasetId, int year);

    /** Display names of the region codes of a dataset's year (a code the region scheme does not name is its own name). */
    Map<String, String> regionNames(long workspaceId, long datasetId, int year);

    /** Display names of the industry or cluster codes of a dataset's year, from its scheme or cluster definition. */
    Map<String, String> industryNames(long workspaceId, long datasetId, int year);

    /** How the engine's location quotient of one cell is made; empty when the cell is not there. */
    Optional<LqBreakdown> lqBreakdown(long workspaceId, long datasetId, int year, String region, String industry);
}

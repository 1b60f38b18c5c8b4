package org.clusterworks.mapping;

import java.util.List;
import java.util.Optional;

/** Read access to a workspace's mapping datasets for other modules. */
public interface MappingDatasets {

    /** The datasets of a workspace, by name. */
    List<DatasetSummary> list(long workspaceId);

    /** One dataset of a workspace. */
    Optional<DatasetSummary> find(long workspaceId, long datasetId);

    /**
     * The figures of one cell of a dataset's year (employment, shares, location quotient), empty when the dataset,
     * year, region or industry is not there.
     */
    Optional<CellFigures> cell(long workspaceId, long datasetId, int year, String region, String industry);
}

package org.clusterworks.mapping.dataset;

import java.time.OffsetDateTime;
import java.util.List;

/** One stored version of a dataset. */
public record DatasetVersion(
        long id,
        int version,
        long rowCount,
        List<String> measures,
        List<Integer> years,
        boolean hasReference,
        String fileName,
        String createdBy,
        OffsetDateTime createdAt) {}

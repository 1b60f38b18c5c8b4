package org.clusterworks.mapping.dataset;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A workspace's dataset with its current version.
 *
 * @param versionId id of the current version
 * @param version number of the current version (1, 2, ...)
 */
public record Dataset(
        long id,
        long workspaceId,
        String name,
        String description,
        String source,
        String licence,
        String regionScheme,
        String industryScheme,
        long versionId,
        int version,
        long rowCount,
        List<String> measures,
        List<Integer> years,
        int regionCount,
        int industryCount,
        boolean hasReference,
        String fileName,
        String createdBy,
        OffsetDateTime updatedAt) {}

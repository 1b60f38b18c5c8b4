package org.clusterworks.stakeholders;

/**
 * Published (inside the merge transaction) when a duplicate organisation is merged into another: modules that link
 * to organisations move their links from {@code mergedId} to {@code keptId}.
 */
public record OrganisationsMerged(long workspaceId, long keptId, long mergedId) {}

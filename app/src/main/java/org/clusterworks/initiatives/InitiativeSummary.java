package org.clusterworks.initiatives;

/**
 * A cluster initiative as other modules see it.
 *
 * @param id the initiative's id
 * @param workspaceId the workspace it belongs to
 * @param name its name
 * @param territoryCode the territory code (reference territories), or null
 * @param clusterOrgId the organisation that manages the cluster (stakeholders), or null
 * @param managerUserId the platform user who manages it, or null
 * @param stage its current stage in the cycle
 */
public record InitiativeSummary(
        long id,
        long workspaceId,
        String name,
        String territoryCode,
        Long clusterOrgId,
        Long managerUserId,
        Stage stage) {}

package org.clusterworks.reference;

/**
 * A set of cluster definitions over one industry classification, such as the U.S. benchmark clusters.
 *
 * @param code identifier of the set, e.g. {@code us-benchmark-2016}
 * @param name display name
 * @param scheme the classification whose codes the clusters group, e.g. {@code naics-2012}
 * @param ownerWorkspaceId the workspace that defined it, or null for a platform-wide set
 * @param provisional whether its source is flagged provisional
 * @param sourceNote where it comes from and what was changed
 */
public record ClusterDefinition(
        String code, String name, String scheme, Long ownerWorkspaceId, boolean provisional, String sourceNote) {}

package org.clusterworks.reference;

/**
 * An industry code's place in one set of cluster definitions.
 *
 * @param definitionCode the definition set, e.g. {@code us-benchmark-2016}
 * @param definitionName display name of the definition set
 * @param clusterCode code of the cluster
 * @param clusterName name of the cluster
 * @param clusterType {@code traded} or {@code local}
 * @param subclusterName name of the subcluster, or null when the code is attached to the cluster itself
 * @param provisional whether the definition set is flagged provisional by its source
 */
public record ClusterMembership(
        String definitionCode,
        String definitionName,
        String clusterCode,
        String clusterName,
        String clusterType,
        String subclusterName,
        boolean provisional) {}

/**
 * Cluster mapping: a workspace's statistical datasets (import with validation, versions, reference-area totals),
 * cluster strength, specialisation and relatedness computed by the analytics engine, region and cluster dashboards
 * with maps, and cluster selection. Other modules use only the types in this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster mapping")
package org.clusterworks.mapping;

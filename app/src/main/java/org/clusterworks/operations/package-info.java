/**
 * Running a ClusterWorks installation: database backups an administrator can take and download, and the metrics
 * and health checks a deployment watches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.clusterworks.operations;

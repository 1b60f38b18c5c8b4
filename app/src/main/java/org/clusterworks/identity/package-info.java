/**
 * Who may do what: users, workspaces (the agencies and organisations using the platform), roles, login, API
 * tokens and the audit trail. Other modules use {@link org.clusterworks.identity.CurrentWorkspace} to scope their
 * data and publish {@link org.clusterworks.identity.AuditEvent}s for the trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and workspaces")
package org.clusterworks.identity;

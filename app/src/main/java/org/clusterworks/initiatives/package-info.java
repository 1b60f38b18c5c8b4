/**
 * Cluster initiatives: their stage in UNIDO's cycle with a checklist per stage, member organisations and
 * memberships, governance bodies with seats and a representation check, meetings with decisions, a document store
 * with versions, and the endorsement of documents by governance bodies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster initiatives")
package org.clusterworks.initiatives;

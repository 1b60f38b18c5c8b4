/**
 * Stakeholders of cluster programmes: organisations typed by helix role, with size, sector and place; their people
 * and consent to be contacted; typed relationships between organisations; the directory, duplicates and imports.
 * Other modules read organisations and people through {@link org.clusterworks.stakeholders.Stakeholders} and learn
 * of merges from {@link org.clusterworks.stakeholders.OrganisationsMerged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholders")
package org.clusterworks.stakeholders;

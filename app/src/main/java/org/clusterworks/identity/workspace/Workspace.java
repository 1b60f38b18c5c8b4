package org.clusterworks.identity.workspace;

/** An agency or organisation using the platform; all its data is scoped to it. */
public record Workspace(long id, String slug, String name, String description) {}

package org.clusterworks.identity;

/**
 * A member of a workspace as other modules see it.
 *
 * @param userId the user's id
 * @param username the login name
 * @param displayName the name shown to people
 * @param email the e-mail address, or null
 * @param role the user's role in the workspace
 */
public record WorkspaceMember(long userId, String username, String displayName, String email, WorkspaceRole role) {}

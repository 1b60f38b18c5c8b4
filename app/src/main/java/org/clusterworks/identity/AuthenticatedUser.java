package org.clusterworks.identity;

/**
 * The signed-in user as other modules see it; declare it as a controller method parameter.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown to others
 * @param platformAdmin whether the user administers the whole platform
 */
public record AuthenticatedUser(long id, String username, String displayName, boolean platformAdmin) {}

package org.clusterworks.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * The workspace a request is about, resolved from the {@code {workspace}} path variable after checking that the
 * user belongs to it (a stranger gets 404, never a hint that the workspace exists).
 *
 * <p>Declare it as a controller method parameter; every query of workspace data filters on {@link #id()}.
 */
public record CurrentWorkspace(long id, String slug, String name, WorkspaceRole role) {

    /** Whether the user's role allows {@code permission}. */
    public boolean can(Permission permission) {
        return role.permits(permission);
    }

    /** Throws 403 unless the user's role allows {@code permission}. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException("Role " + role + " may not " + permission + " in workspace " + slug);
        }
    }
}

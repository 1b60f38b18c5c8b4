package org.clusterworks.security;

import java.util.Set;
import org.clusterworks.identity.Permission;
import org.clusterworks.identity.WorkspaceRole;

/**
 * Who may use a workspace route: the permission it needs, and the status an allowed request gets in the
 * authorization matrix ({@link #PASSES}: any status but 401, 403 and 5xx, for forms whose outcome depends on the data).
 */
public record RouteExpectation(Set<Permission> anyOf, int allowedStatus) {

    public static final int PASSES = 0;

    /** A page or API read any member may open: 200. */
    public static RouteExpectation view() {
        return new RouteExpectation(Set.of(Permission.VIEW), 200);
    }

    /** A route that needs {@code permission} and answers {@code allowedStatus} when it is granted. */
    public static RouteExpectation needs(Permission permission, int allowedStatus) {
        return new RouteExpectation(Set.of(permission), allowedStatus);
    }

    /** A route that needs any of these permissions and whose allowed outcome depends on the data. */
    public static RouteExpectation passes(Permission... anyOf) {
        return new RouteExpectation(Set.of(anyOf), PASSES);
    }

    boolean permits(WorkspaceRole role) {
        return anyOf.stream().anyMatch(role::permits);
    }

    boolean allowedBy(int status) {
        return allowedStatus == PASSES ? status != 401 && status != 403 && status < 500 : status == allowedStatus;
    }
}

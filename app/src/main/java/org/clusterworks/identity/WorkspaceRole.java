package org.clusterworks.identity;

import static org.clusterworks.identity.Permission.ANALYSE;
import static org.clusterworks.identity.Permission.CONTRIBUTE;
import static org.clusterworks.identity.Permission.LEARN;
import static org.clusterworks.identity.Permission.MANAGE_INITIATIVES;
import static org.clusterworks.identity.Permission.MANAGE_PROGRAMME;
import static org.clusterworks.identity.Permission.VIEW;

import java.util.EnumSet;
import java.util.Set;

/** A user's role in one workspace, and the permissions it carries. */
public enum WorkspaceRole {
    ADMIN(EnumSet.allOf(Permission.class)),
    PROGRAMME_OFFICER(EnumSet.of(VIEW, LEARN, CONTRIBUTE, MANAGE_INITIATIVES, ANALYSE, MANAGE_PROGRAMME)),
    ANALYST(EnumSet.of(VIEW, LEARN, ANALYSE)),
    CLUSTER_MANAGER(EnumSet.of(VIEW, LEARN, CONTRIBUTE, MANAGE_INITIATIVES)),
    MEMBER(EnumSet.of(VIEW, LEARN, CONTRIBUTE)),
    LEARNER(EnumSet.of(VIEW, LEARN)),
    VIEWER(EnumSet.of(VIEW));

    private final Set<Permission> permissions;

    WorkspaceRole(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    /** Whether this role allows {@code permission}. */
    public boolean permits(Permission permission) {
        return permissions.contains(permission);
    }

    /** The message-bundle key of the role's display name. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a role name case-insensitively, or returns {@code null} when it names no role. */
    public static WorkspaceRole parse(String name) {
        if (name == null) {
            return null;
        }
        for (WorkspaceRole role : values()) {
            if (role.name().equalsIgnoreCase(name.trim().replace('-', '_'))) {
                return role;
            }
        }
        return null;
    }
}

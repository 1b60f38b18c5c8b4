package org.clusterworks.shared;

/**
 * One link of the main navigation, contributed as a bean by the module that owns the page.
 *
 * <p>Modules that are not built contribute nothing, so the navigation never shows a dead link. A workspace entry's
 * {@code path} is relative to the workspace ({@code /w/{slug}}); a global entry's path is absolute.
 *
 * @param messageKey message-bundle key of the label
 * @param path where the link goes
 * @param order position, lower first
 * @param scope whether the link belongs to the global bar or to a workspace
 * @param permission for a workspace entry, the name of the permission needed to see it (null: every member)
 */
public record NavigationEntry(String messageKey, String path, int order, Scope scope, String permission) {

    /** A link shown to every signed-in user. */
    public static NavigationEntry global(String messageKey, String path, int order) {
        return new NavigationEntry(messageKey, path, order, Scope.GLOBAL, null);
    }

    /** A link inside a workspace, shown to members whose role has {@code permission} (null: all members). */
    public static NavigationEntry workspace(String messageKey, String path, int order, String permission) {
        return new NavigationEntry(messageKey, path, order, Scope.WORKSPACE, permission);
    }

    /** Where a navigation entry appears. */
    public enum Scope {
        GLOBAL,
        WORKSPACE
    }
}

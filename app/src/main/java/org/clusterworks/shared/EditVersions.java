package org.clusterworks.shared;

import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking for edit forms, for any table with {@code workspace_id}, {@code id}, {@code version},
 * {@code updated_by} and {@code updated_at} columns. The form carries the version it was opened at (a hidden field);
 * the save, inside its transaction and before its own update, calls {@link #claim}, which raises the version only if it
 * is still the one the form was opened at, and otherwise throws {@link StaleEdit} naming who saved since. The raise
 * locks the row, so of two concurrent saves of the same version exactly one passes.
 */
public final class EditVersions {

    /** The tables that use versions; the name goes into SQL, so only these are accepted. */
    private static final Set<String> TABLES = Set.of("organisation", "initiative");

    private EditVersions() {}

    /** The version of a record now (for the hidden field of its edit form); 0 when there is no such record. */
    public static long current(JdbcClient jdbc, String table, long workspaceId, long id) {
        // SQL from constants: the table name is checked against TABLES
        return jdbc.sql("select version from " + checked(table) + " where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Raises the record's version for a save by {@code user}. With {@code expected} null (an API call or an import
     * that sent no version) the save is not checked but still raises the version, so forms opened before it are
     * refused.
     *
     * @throws StaleEdit when the record's version is no longer {@code expected}
     */
    public static void claim(JdbcClient jdbc, String table, long workspaceId, long id, Long expected, String user) {
        String t = checked(table);
        int raised = expected == null
                // SQL from constants: the table name is checked against TABLES
                ? jdbc.sql("update " + t + " set version = version + 1, updated_by = :by"
                                + " where workspace_id = :ws and id = :id")
                        .param("by", user)
                        .param("ws", workspaceId)
                        .param("id", id)
                        .update()
                // SQL from constants: the table name is checked against TABLES
                : jdbc.sql("update " + t + " set version = version + 1, updated_by = :by"
                                + " where workspace_id = :ws and id = :id and version = :v")
                        .param("by", user)
                        .param("ws", workspaceId)
                        .param("id", id)
                        .param("v", expected)
                        .update();
        if (raised == 0 && expected != null) {
            // SQL from constants: the table name is checked against TABLES
            var now = jdbc.sql("select version, updated_by, updated_at from " + t
                            + " where workspace_id = :ws and id = :id")
                    .param("ws", workspaceId)
                    .param("id", id)
                    .query((rs, n) -> new StaleEdit(
                            rs.getString("updated_by"),
                            rs.getObject("updated_at", OffsetDateTime.class),
                            rs.getLong("version")))
                    .optional();
            if (now.isPresent()) {
                throw now.get();
            }
        }
    }

    /** The version as an HTTP entity tag, for API answers ({@code ETag}). */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an API client sent back in {@code If-Match} (null when it sent none); refuses anything else. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.matches("\\d{1,18}")) {
            throw new InvalidInput(java.util.Map.of("If-Match", "edit.bad-version"));
        }
        return Long.valueOf(v);
    }

    private static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no edit versions for table " + table);
        }
        return table;
    }
}

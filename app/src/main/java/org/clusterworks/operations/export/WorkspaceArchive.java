package org.clusterworks.operations.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one workspace's data as a ZIP: one CSV per table that has a {@code workspace_id} column (found in the
 * database's own catalogue, so a module's new table is included without change here), the uploaded documents held by
 * tables that reach the workspace through their parent, every binary value as a file of its own, and
 * {@code manifest.json} with the schema version, the row count and the SHA-256 of every entry. Read in one read-only
 * transaction, so the archive is consistent.
 */
@Component
public class WorkspaceArchive {

    /** Format of the archive, raised when its layout changes. */
    public static final int FORMAT = 1;

    /** Null in the CSV files (an empty cell is an empty text). */
    public static final String NULL = "\\N";

    /** Credentials are never exported: API token hashes. */
    private static final Set<String> EXCLUDED = Set.of("api_token", "flyway_schema_history");

    /** Tables without a workspace column whose rows belong to one through their parent: the uploaded documents. */
    private static final Map<String, String> CHILDREN = Map.of(
            "initiative_document",
            "select c.* from initiative_document c join initiative p on p.id = c.initiative_id"
                    + " where p.workspace_id = :ws order by c.id",
            "document_version",
            "select c.* from document_version c join initiative_document d on d.id = c.document_id"
                    + " join initiative p on p.id = d.initiative_id where p.workspace_id = :ws order by c.id",
            "funding_document",
            "select c.* from funding_document c join funding_application p on p.id = c.application_id"
                    + " where p.workspace_id = :ws order by c.id");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WorkspaceArchive(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One entry of the archive as the manifest lists it. */
    public record Entry(String name, Long rows, String sha256) {}

    /** The tables with a {@code workspace_id} column, by name (credentials and Flyway's history left out). */
    public List<String> workspaceTables() {
        return jdbc
                .sql("select distinct lower(table_name) from information_schema.columns"
                        + " where lower(column_name) = 'workspace_id' and lower(table_schema) = 'public'"
                        + " order by 1")
                .query(String.class)
                .list()
                .stream()
                .filter(t -> !EXCLUDED.contains(t) && t.matches("[a-z0-9_]+"))
                .toList();
    }

    /** The version of the last database migration applied: an archive is for this schema. */
    public String schemaVersion() {
        return jdbc.sql("select version from flyway_schema_history where success and version is not null"
                        + " order by installed_rank desc")
                .query(String.class)
                .list()
                .getFirst();
    }

    /** Writes the archive of workspace {@code workspaceId} ({@code slug}) to {@code out}; returns its entries. */
    @Transactional(readOnly = true)
    public List<Entry> write(long workspaceId, String slug, OutputStream out) throws IOException {
        List<Entry> entries = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (String table : workspaceTables()) {
            // SQL from constants: the table name comes from the database's catalogue and matches [a-z0-9_]+
            String sql = "select * from " + table + " where workspace_id = :ws order by 1";
            entries.addAll(table(zip, table, sql, workspaceId));
        }
        for (Map.Entry<String, String> child : new java.util.TreeMap<>(CHILDREN).entrySet()) {
            entries.addAll(table(zip, child.getKey(), child.getValue(), workspaceId));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "clusterworks-workspace-archive");
        manifest.put("formatVersion", FORMAT);
        manifest.put("schemaVersion", schemaVersion());
        manifest.put("workspace", slug);
        manifest.put("exportedAt", OffsetDateTime.now().toString());
        manifest.put("nullMarker", NULL);
        manifest.put("entries", entries);
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return entries;
    }

    /** Writes {@code tables/<table>.csv} and a file per binary value; returns their entries. */
    private List<Entry> table(ZipOutputStream zip, String table, String sql, long workspaceId) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Entry> files = new ArrayList<>();
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
        Writer writer =
                new OutputStreamWriter(new DigestOutputStream(new NonClosing(zip), digest), StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setNullString(NULL).get().print(writer);
        long[] rows = {0};
        Map<String, byte[]> pending = new LinkedHashMap<>();
        // SQL from constants: built in write() from a catalogue table name, or one of CHILDREN
        jdbc.sql(sql).param("ws", workspaceId).query((ResultSet rs) -> {
            try {
                ResultSetMetaData meta = rs.getMetaData();
                if (rows[0] == 0) {
                    List<String> header = new ArrayList<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        header.add(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT));
                    }
                    csv.printRecord(header);
                }
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    if (v instanceof byte[] bytes) {
                        String name = "files/" + table + "/" + rs.getString(1) + "-"
                                + meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                        files.add(new Entry(name, null, hex(sha256().digest(bytes))));
                        pending.put(name, bytes);
                        values.add(name);
                    } else {
                        values.add(v == null ? null : rs.getString(c));
                    }
                }
                csv.printRecord(values);
                rows[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        zip.closeEntry();
        entries.add(new Entry("tables/" + table + ".csv", rows[0], hex(digest.digest())));
        for (Entry f : files) {
            zip.putNextEntry(new ZipEntry(f.name()));
            zip.write(pending.remove(f.name()));
            zip.closeEntry();
        }
        entries.addAll(files);
        return entries;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Lets the CSV writer flush into the current ZIP entry without closing the archive. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package org.clusterworks.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace archive holds exactly the workspace's rows: every table with a workspace column, row for row as the
 * database has them (compared value by value for the organisations), the uploaded documents byte for byte, no row
 * of another workspace, no API token hash; the manifest's counts and SHA-256 checksums match the entries.
 */
@WebTest
class WorkspaceArchiveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theArchiveHoldsEveryRowOfTheWorkspaceAndNothingElseWithMatchingChecksums() throws Exception {
        MvcResult started =
                mvc.perform(get("/w/demo/export.zip").with(users.as("admin"))).andReturn();
        byte[] zip =
                mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("workspace").asString()).isEqualTo("demo");
        assertThat(manifest.get("schemaVersion").asString())
                .isEqualTo(jdbc.sql("select max(version) from flyway_schema_history where version like '2%'")
                        .query(String.class)
                        .single());
        long demo = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        List<String> tables = jdbc.sql("select distinct lower(table_name) from information_schema.columns where"
                        + " lower(column_name) = 'workspace_id' and lower(table_schema) = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("organisation", "initiative", "map_dataset");
        for (JsonNode entry : manifest.get("entries")) {
            String name = entry.get("name").asString();
            assertThat(entries).containsKey(name);
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(name))))
                    .as("checksum of %s", name)
                    .isEqualTo(entry.get("sha256").asString());
        }
        for (String table : tables) {
            if (table.equals("api_token")) {
                assertThat(entries).doesNotContainKey("tables/api_token.csv");
                continue;
            }
            List<CSVRecord> rows = csv(entries.get("tables/" + table + ".csv"));
            // SQL from constants: table names read from the database's catalogue
            long stored = jdbc.sql("select count(*) from " + table + " where workspace_id = :ws")
                    .param("ws", demo)
                    .query(Long.class)
                    .single();
            assertThat((long) rows.size()).as("rows of %s", table).isEqualTo(stored);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("workspace_id")).isEqualTo(Long.toString(demo)));
        }
        List<CSVRecord> orgs = csv(entries.get("tables/organisation.csv"));
        jdbc.sql("select id, name, city, description from organisation where workspace_id = :ws")
                .param("ws", demo)
                .query((rs, n) -> {
                    String id = rs.getString("id");
                    CSVRecord r = orgs.stream()
                            .filter(o -> o.get("id").equals(id))
                            .findFirst()
                            .orElseThrow();
                    assertThat(r.get("name")).isEqualTo(rs.getString("name"));
                    assertThat(r.get("city")).isEqualTo(rs.getString("city") == null ? "\\N" : rs.getString("city"));
                    assertThat(r.get("description"))
                            .isEqualTo(rs.getString("description") == null ? "\\N" : rs.getString("description"));
                    return null;
                })
                .list();
        List<CSVRecord> versions = csv(entries.get("tables/document_version.csv"));
        long documents = jdbc.sql("select count(*) from document_version v join initiative_document d on d.id ="
                        + " v.document_id join initiative i on i.id = d.initiative_id where i.workspace_id = :ws")
                .param("ws", demo)
                .query(Long.class)
                .single();
        assertThat((long) versions.size()).isEqualTo(documents);
        for (CSVRecord v : versions) {
            byte[] stored = jdbc.sql("select content from document_version where id = :id")
                    .param("id", Long.parseLong(v.get("id")))
                    .query(byte[].class)
                    .single();
            assertThat(entries.get(v.get("content")))
                    .as("document %s", v.get("filename"))
                    .isEqualTo(stored);
        }
    }

    @Test
    void onlyAWorkspaceAdministratorMayExport() throws Exception {
        for (String user : List.of("manager", "officer", "analyst", "viewer")) {
            assertThat(mvc.perform(get("/w/demo/export.zip").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/w/demo/export.zip").with(users.as("other")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        if (bytes == null) {
            return List.of();
        }
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                .getRecords();
    }
}

package org.clusterworks.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import(ApiTokensForTests.class)
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    JdbcClient jdbc;

    @Value("${clusterworks.data-dir}")
    String dataDir;

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRowOfEveryTable() throws Exception {
        String location = mvc.perform(post("/admin/backups").with(csrf()).with(users.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).isEqualTo("/admin/backups");
        var page = mvc.perform(get("/admin/backups").with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var name = page.replaceAll("(?s).*?(clusterworks-\\d{8}-\\d{6}(-\\d+)?\\.sql\\.zip).*", "$1");
        byte[] zip = mvc.perform(get("/admin/backups/" + name).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Path copy = Files.createTempFile("restore", ".sql.zip");
        Files.write(copy, zip);

        Map<String, Long> live = counts(jdbc);
        live.merge("audit_event", -1L, Long::sum); // the backup's own audit entry is written after the backup
        try (Connection restored = DriverManager.getConnection(
                "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            RunScript.execute(restored, new java.io.InputStreamReader(zipEntry(copy)));
            var restoredJdbc = JdbcClient.create(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(restored, true));
            assertThat(counts(restoredJdbc)).isEqualTo(live);
            for (String table : List.of("organisation", "initiative_membership", "map_dataset")) {
                String all = "select * from " + table + " order by id";
                assertThat(restoredJdbc.sql(all).query().listOfRows())
                        .as(table)
                        .isEqualTo(jdbc.sql(all).query().listOfRows());
            }
        }
        assertThat(live.get("organisation")).isPositive();
        Files.delete(copy);
    }

    @Test
    void onlyThePlatformAdministratorTakesOrDownloadsBackups() throws Exception {
        mvc.perform(get("/admin/backups").with(users.as("officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(csrf()).with(users.as("manager")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(users.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/backups/clusterworks-20990101-000000.sql.zip").with(users.as("analyst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDownloadNameOutsideTheBackupPatternIsNotFound() throws Exception {
        Files.createDirectories(Path.of(dataDir, "backups"));
        Files.writeString(Path.of(dataDir, "backups", "secret.txt"), "not a backup");
        for (String name : List.of("secret.txt", "clusterworks-1.sql.zip")) {
            mvc.perform(get("/admin/backups/" + name).with(users.as("admin"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/backups/..%2Fdb%2Fclusterworks.mv.db").with(users.as("admin")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void prometheusMetricsNeedAPlatformAdministratorsToken() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(api.bearer("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(api.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void healthShowsDatabaseAndDiskChecksToTheAdministratorOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"));
    }

    private static java.io.InputStream zipEntry(Path zip) throws java.io.IOException {
        var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
        assertThat(in.getNextEntry()).isNotNull();
        return in;
    }

    /** Rows per table of the application schema. */
    private static Map<String, Long> counts(JdbcClient db) {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = db.sql("select table_name from information_schema.tables where table_schema ="
                        + " 'public' and table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        for (String table : tables) {
            assertThat(table).matches("[a-z0-9_]+");
            counts.put(
                    table,
                    db.sql("select count(*) from \"" + table + "\"")
                            .query(Long.class)
                            .single());
        }
        return counts;
    }
}

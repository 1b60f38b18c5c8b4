package org.clusterworks.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Kills the application process ({@code kill -9}) in the middle of a large dataset import and restarts it on the
 * same embedded database: the database holds every import that was acknowledged and nothing of the interrupted one
 * (no dataset, no version, no observation rows), and the application starts and serves as before.
 */
class CrashSafetyTest {

    static final String TOKEN = "cw_demo_analyst_token";
    static final String MAPPING = "{\"name\":\"%s\",\"regionScheme\":\"free\",\"industryScheme\":\"free\","
            + "\"columns\":{\"region\":\"region\",\"industry\":\"industry\",\"year\":\"year\","
            + "\"employment\":\"employment\"}}";

    @TempDir
    Path dir;

    @Test
    void anImportInterruptedByAKillLeavesNoTraceAndAcknowledgedImportsSurvive() throws Exception {
        Path csv = dir.resolve("panel.csv");
        int rows = 300_000;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("region,industry,year,employment\n");
            for (int k = 0; k < rows; k++) {
                w.write("R" + (k % 800) + ",I" + (k / 800 % 100) + "," + (2010 + k / 80_000) + "," + (k % 997) + "\n");
            }
        }
        Path data = dir.resolve("data");
        int port = freePort();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Process app = start(data, port);
        long t0 = System.nanoTime();
        HttpResponse<String> first = importFile(http, port, csv, "Acknowledged").join();
        long importMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        CompletableFuture<HttpResponse<String>> second = importFile(http, port, csv, "Interrupted");
        Thread.sleep(Math.max(300, importMillis / 2));
        assertThat(second)
                .as("the second import must still be running when the process is killed")
                .isNotDone();
        app.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(second).failsWithin(Duration.ofSeconds(30));

        Process restarted = start(data, port);
        var list = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workspaces/demo/datasets"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"Acknowledged\"").doesNotContain("\"Interrupted\"");
        restarted.destroy();
        restarted.waitFor(60, TimeUnit.SECONDS);

        try (var connection = DriverManager.getConnection(jdbcUrl(data), "sa", "")) {
            var db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            assertThat(db.sql("select count(*) from map_dataset where name = 'Interrupted'")
                            .query(Long.class)
                            .single())
                    .isZero();
            List<String> mismatches = new ArrayList<>();
            db.sql("select v.id, v.row_count, (select count(*) from map_observation o where o.version_id = v.id)"
                            + " as stored from map_dataset_version v")
                    .query((rs, n) -> rs.getLong("row_count") == rs.getLong("stored")
                            ? null
                            : mismatches.add("version " + rs.getLong("id") + ": " + rs.getLong("stored") + " of "
                                    + rs.getLong("row_count")))
                    .list();
            assertThat(mismatches).as("versions with missing or extra rows").isEmpty();
            assertThat(db.sql("select count(*) from map_observation o where not exists (select 1 from"
                                    + " map_dataset_version v where v.id = o.version_id)")
                            .query(Long.class)
                            .single())
                    .as("observation rows of no version")
                    .isZero();
            assertThat(db.sql("select v.row_count from map_dataset_version v join map_dataset d on d.id ="
                                    + " v.dataset_id where d.name = 'Acknowledged'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(rows);
        }
    }

    private static String jdbcUrl(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("db/clusterworks")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Starts the application in its own JVM on the test's class path, and waits until it is healthy. */
    private Process start(Path data, int port) throws Exception {
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.clusterworks.ClusterWorksApplication",
                "--server.port=" + port,
                "--clusterworks.data-dir=" + data.toAbsolutePath(),
                "--spring.datasource.url=" + jdbcUrl(data),
                "--logging.file.name=" + data.toAbsolutePath().resolve("app.log"));
        Files.createDirectories(data);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("console.log").toFile()))
                .start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive())
                    .as("the application exited; its console: %s", Files.readString(dir.resolve("console.log")))
                    .isTrue();
            try {
                var r = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new AssertionError("the application did not become healthy in 300 s");
    }

    private static CompletableFuture<HttpResponse<String>> importFile(HttpClient http, int port, Path csv, String name)
            throws IOException {
        String boundary = "cw" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + MAPPING.formatted(name) + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"panel.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(csv),
                HttpRequest.BodyPublishers.ofByteArray(tail));
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workspaces/demo/datasets"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10))
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

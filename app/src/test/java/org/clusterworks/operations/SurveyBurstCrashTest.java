package org.clusterworks.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Kills the application process ({@code kill -9}) in the middle of a burst of survey submissions made through the
 * public respond path (an anonymous link: open, read the form, submit, as a browser does, many respondents at once),
 * restarts it on the same embedded database (the shipped H2 settings), and proves that every submission the server
 * acknowledged (its redirect to the thank-you page) is stored whole, and that no respondent holds a half-written
 * submission: answers without the submitted status, or the status with some answers missing.
 */
class SurveyBurstCrashTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final int RESPONDENTS = 400;
    private static final int CONCURRENT = 24;
    private static final int KILL_AFTER = 60;

    /** On a crowded machine the kill comes after this many minutes even with fewer acknowledged. */
    private static final int KILL_AFTER_MINUTES = 6;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillMidBurstAndNoneIsHalfWritten() throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        String base = "http://localhost:" + port;
        Process app = start(data, port);
        String publicToken;
        try {
            publicToken = openPublicLink(base);
        } catch (Exception | AssertionError e) {
            app.destroyForcibly();
            throw e;
        }

        Map<String, Map<String, String>> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        for (int i = 0; i < RESPONDENTS; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    respond(base, publicToken, answers(n), acknowledged);
                } catch (Exception refusedOrKilled) {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(KILL_AFTER_MINUTES);
        while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline && !pool.isTerminated()) {
            Thread.sleep(20);
        }
        app.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        int atKill = acknowledged.size();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(atKill).as("submissions acknowledged before the kill").isGreaterThanOrEqualTo(10);
        assertThat(failed.get())
                .as("submissions cut off by the kill (the burst must still be running)")
                .isPositive();
        Map<String, Map<String, String>> acked = new HashMap<>(acknowledged);

        Process restarted = start(data, port);
        int served;
        try {
            served = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/respond/open/" + publicToken))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } finally {
            restarted.destroy();
            restarted.waitFor(60, TimeUnit.SECONDS);
        }

        try (var connection = DriverManager.getConnection(jdbcUrl(data), "sa", "")) {
            var db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            long round = db.sql("select id from surveys_round where public_token = :t")
                    .param("t", publicToken)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> new AssertionError("the round's public link, set before the burst, was lost;"
                            + " acknowledged " + acked.size()));
            Map<String, String> status = new HashMap<>();
            Map<String, Map<String, String>> stored = new HashMap<>();
            db.sql("select r.token, r.status, a.question_code, a.answer_value from surveys_respondent r left join"
                            + " surveys_answer a on a.respondent_id = r.id where r.round_id = :round and r.anonymous")
                    .param("round", round)
                    .query(rs -> {
                        status.put(rs.getString(1), rs.getString(2));
                        Map<String, String> answers = stored.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                        if (rs.getString(3) != null) {
                            answers.put(rs.getString(3), rs.getString(4));
                        }
                    });
            List<String> lost = new ArrayList<>();
            acked.forEach((token, sent) -> {
                if (!"SUBMITTED".equals(status.get(token)) || !stored.get(token).equals(sent)) {
                    lost.add(token + ": " + status.get(token) + " " + stored.get(token));
                }
            });
            assertThat(lost).as("acknowledged submissions not stored whole").isEmpty();
            Map<String, String> expectedQuestions = answers(0);
            List<String> halfWritten = stored.entrySet().stream()
                    .filter(e -> "SUBMITTED".equals(status.get(e.getKey()))
                            ? !e.getValue().keySet().equals(expectedQuestions.keySet())
                            : !e.getValue().isEmpty())
                    .map(e -> e.getKey() + ": " + status.get(e.getKey()) + " " + e.getValue())
                    .toList();
            assertThat(halfWritten)
                    .as("respondents with a half-written submission")
                    .isEmpty();
            long submitted =
                    status.values().stream().filter("SUBMITTED"::equals).count();
            assertThat(submitted).isGreaterThanOrEqualTo(acked.size());
            assertThat(served).as("the respond path serves again").isIn(200, 302);
            Files.writeString(
                    dir.resolve("burst.txt"),
                    "acknowledged " + acked.size() + ", stored submitted " + submitted + ", cut off " + failed.get());
            System.out.println("Survey burst crash: acknowledged before the kill " + atKill + ", stored submitted "
                    + submitted + " (of which unacknowledged but committed " + (submitted - acked.size())
                    + "), cut off " + failed.get());
        }
    }

    /** A complete answer of the demo firm diagnostic, different for every respondent. */
    private static Map<String, String> answers(int n) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("year_founded", Integer.toString(1990 + n % 30));
        a.put("employees", Integer.toString(n + 1));
        a.put(
                "main_market",
                List.of("local", "national", "regional", "international").get(n % 4));
        a.put("exports", "no");
        a.put("sales_trend", List.of("down", "stable", "up").get(n % 3));
        a.put("input_quality", Integer.toString(1 + n % 5));
        a.put("skills_gap", "yes");
        a.put("coop_trust", Integer.toString(1 + (n / 5) % 5));
        a.put("finance_access", Integer.toString(1 + (n / 25) % 5));
        a.put("comment", "burst respondent " + n);
        return a;
    }

    /** Opens an anonymous link, reads the form and submits, with its own session as a browser would. */
    private static void respond(
            String base, String publicToken, Map<String, String> answers, Map<String, Map<String, String>> acked)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var open = http.send(get(base + "/respond/open/" + publicToken), HttpResponse.BodyHandlers.discarding());
        assertThat(open.statusCode()).isEqualTo(302);
        String form = open.headers().firstValue("Location").orElseThrow();
        String path = URI.create(form).getPath();
        var page = http.send(get(base + path), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        StringBuilder body = new StringBuilder("action=submit&_csrf=" + encode(csrf(page.body())));
        answers.forEach((q, v) -> body.append("&q.").append(q).append('=').append(encode(v)));
        var submitted = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith(path);
        acked.put(path.substring(path.lastIndexOf('/') + 1), answers);
    }

    /** Signs in as the demo manager and gives the open midline round a public link; returns its token. */
    private static String openPublicLink(String base) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        var signedIn = http.send(
                post(base + "/login", "username=manager&password=demo&_csrf=" + encode(csrf(login))),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String surveys = http.send(get(base + "/w/demo/surveys"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher rounds = Pattern.compile("/w/demo/surveys/rounds/(\\d+)").matcher(surveys);
        List<String> ids = rounds.results().map(m -> m.group(1)).distinct().collect(Collectors.toList());
        for (String id : ids) {
            String url = base + "/w/demo/surveys/rounds/" + id;
            String round =
                    http.send(get(url), HttpResponse.BodyHandlers.ofString()).body();
            if (!round.contains("Midline firm survey")) {
                continue;
            }
            http.send(
                    post(url + "/public-link", "_csrf=" + encode(csrf(round))), HttpResponse.BodyHandlers.discarding());
            String after =
                    http.send(get(url), HttpResponse.BodyHandlers.ofString()).body();
            Matcher link = Pattern.compile("/respond/open/([A-Za-z0-9_-]+)").matcher(after);
            assertThat(link.find()).as("the round page shows its public link").isTrue();
            return link.group(1);
        }
        throw new AssertionError("no open midline round among " + ids);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .build();
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The database URL the application ships with (main {@code application.properties}) for this data folder: the
     * test's own configuration replaces it with an in-memory database, so it is passed to the spawned application.
     */
    private static String jdbcUrl(Path data) throws IOException {
        var shipped = new java.util.Properties();
        try (var in = new org.springframework.core.io.ClassPathResource("application.properties").getInputStream()) {
            shipped.load(in);
        }
        String url = shipped.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:${clusterworks.data-dir}");
        return url.replace("${clusterworks.data-dir}", data.toAbsolutePath().toString());
    }

    /**
     * Starts the application in its own JVM on the test's class path with the shipped database settings (only the data
     * folder and port given), and waits until it is healthy.
     */
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive())
                    .as("the application exited; its console: %s", Files.readString(dir.resolve("console.log")))
                    .isTrue();
            try {
                if (http.send(
                                        get("http://localhost:" + port + "/actuator/health"),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new AssertionError(
                "the application did not become healthy in 600 s; console: " + tail(dir.resolve("console.log")));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 3000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

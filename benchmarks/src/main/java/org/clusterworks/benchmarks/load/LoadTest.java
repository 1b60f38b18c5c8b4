package org.clusterworks.benchmarks.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load generator against a running ClusterWorks: N virtual users, each signed in as a demo user with
 * its own session, send a weighted mix of page views (workspace overview, initiative pages, mapping dashboards),
 * directory searches, API reads and survey submissions through a round's public link, back to back, for a fixed
 * time; prints throughput, latency percentiles and errors per kind of request, then checks that every submission the
 * server acknowledged is stored (the round's responses read back through the API).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.clusterworks.benchmarks.load.LoadTest http://localhost:8080 50 60 1000}
 * (base URL, users, seconds, and optionally each user's mean pause between requests in milliseconds, drawn from an
 * exponential distribution; 0, the default, sends requests back to back and so measures saturation).
 */
public final class LoadTest {

    private static final String[] USERS = {"manager", "analyst", "officer", "viewer", "member"};
    private static final String[] SEARCHES = {"agro", "green", "arusha", "farm", "univ", "bank", "co", "ltd"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/w/demo/(?:initiatives|mapping/datasets)/\\d+)\"");
    private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
    private static final Pattern PUBLIC_LINK = Pattern.compile("/respond/open/[A-Za-z0-9_-]+");

    private final String base;
    private final int thinkMillis;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> byPage = new ConcurrentHashMap<>();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final List<String> pages = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger acknowledged =
            new java.util.concurrent.atomic.AtomicInteger();
    private String publicLink;
    private long roundId;

    private LoadTest(String base, int thinkMillis) {
        this.base = base;
        this.thinkMillis = thinkMillis;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int think = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        new LoadTest(base, think).run(users, Duration.ofSeconds(seconds));
    }

    private void run(int users, Duration duration) throws Exception {
        HttpClient probe = signedIn("manager");
        String list = get(probe, "/w/demo/initiatives").body()
                + get(probe, "/w/demo/mapping").body();
        Matcher m = LINK.matcher(list);
        while (m.find()) {
            if (!pages.contains(m.group(1))) {
                pages.add(m.group(1));
            }
        }
        pages.add("/w/demo");
        pages.add("/w/demo/organisations");
        openRound(probe);
        System.out.printf(
                Locale.ROOT,
                "%d users for %d s, mean pause %d ms, against %s; pages: %s%n",
                users,
                duration.toSeconds(),
                thinkMillis,
                base,
                pages);
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(users);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int id = u;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    user(id, running);
                } catch (Exception e) {
                    errors.merge("sign-in", 1, Integer::sum);
                } finally {
                    done.countDown();
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        done.await();
        report((System.nanoTime() - start) / 1e9);
        checkSubmissions();
    }

    /** Opens a member-satisfaction round of the first demo initiative with a public link, as the manager. */
    private void openRound(HttpClient manager) throws IOException, InterruptedException {
        String home = "/w/demo/surveys/rounds";
        String form = "name=Load+test+" + System.currentTimeMillis()
                + "&initiativeId=1&questionnaireId="
                + questionnaire(get(manager, "/w/demo/surveys").body())
                + "&kind=OTHER";
        String location = post(
                        manager,
                        home,
                        form,
                        csrf(get(manager, "/w/demo/surveys").body()))
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> new IOException("the round was not created"));
        roundId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (String step : new String[] {"open", "public-link"}) {
            post(
                    manager,
                    home + "/" + roundId + "/" + step,
                    "",
                    csrf(get(manager, home + "/" + roundId).body()));
        }
        Matcher link = PUBLIC_LINK.matcher(get(manager, home + "/" + roundId).body());
        if (!link.find()) {
            throw new IOException("no public link on round " + roundId);
        }
        publicLink = link.group();
    }

    private static String questionnaire(String surveysPage) throws IOException {
        Matcher m =
                Pattern.compile("questionnaires/(\\d+)\">Member satisfaction").matcher(surveysPage);
        if (!m.find()) {
            throw new IOException("no member-satisfaction questionnaire in the demo workspace");
        }
        return m.group(1);
    }

    /** One respondent through the public link: start, read the form, answer every radio question, submit. */
    private int submitSurvey(SplittableRandom random) throws IOException, InterruptedException {
        HttpClient respondent = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        long t0 = System.nanoTime();
        String personal =
                get(respondent, publicLink).headers().firstValue("Location").orElse("");
        String path = URI.create(base).resolve(personal).getPath();
        String page = get(respondent, path).body();
        record("form", t0, 200);
        Map<String, List<String>> choices = new TreeMap<>();
        Matcher radio = RADIO.matcher(page);
        while (radio.find()) {
            choices.computeIfAbsent(radio.group(1), k -> new ArrayList<>()).add(radio.group(2));
        }
        StringBuilder form = new StringBuilder("action=submit&q.suggestions=Load+test");
        choices.forEach((name, values) -> form.append('&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(values.get(random.nextInt(values.size())), StandardCharsets.UTF_8)));
        long t1 = System.nanoTime();
        var response = post(respondent, path, form.toString(), csrf(page));
        String location = response.headers().firstValue("Location").orElse("");
        boolean stored = response.statusCode() == 302 && location.endsWith(path) && !location.contains("?saved");
        if (stored) {
            acknowledged.incrementAndGet();
        }
        record("submit", t1, stored ? 200 : response.statusCode());
        return stored ? 200 : response.statusCode();
    }

    private void record(String kind, long t0, int status) {
        latencies
                .computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - t0) / 1000);
        if (status != 200) {
            errors.merge(kind + " " + status, 1, Integer::sum);
        }
    }

    /** Every acknowledged submission must be among the round's stored responses. */
    private void checkSubmissions() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/workspaces/demo/rounds/" + roundId + "/responses"))
                .header("Authorization", "Bearer cw_demo_analyst_token")
                .build();
        String csv =
                apiClient.send(request, HttpResponse.BodyHandlers.ofString()).body();
        long stored = csv.lines().skip(1).map(l -> l.split(",")[1]).distinct().count();
        System.out.printf(
                Locale.ROOT,
                "survey submissions: acknowledged %d, stored %d, lost %d%n",
                acknowledged.get(),
                stored,
                Math.max(0, acknowledged.get() - stored));
    }

    private static String csrf(String page) throws IOException {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IOException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> post(HttpClient client, String path, String form, String csrf)
            throws IOException, InterruptedException {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void user(int id, AtomicBoolean running) throws Exception {
        String user = USERS[id % USERS.length];
        HttpClient client = signedIn(user);
        // The demo viewer may not open an initiative page (only programme staff, its manager and members may).
        List<String> visible = pages.stream()
                .filter(p -> !user.equals("viewer") || !p.contains("/initiatives/"))
                .toList();
        SplittableRandom random = new SplittableRandom(id);
        while (running.get()) {
            if (thinkMillis > 0) {
                Thread.sleep((long) (-thinkMillis * Math.log(1 - random.nextDouble())));
            }
            int pick = random.nextInt(100);
            String kind;
            String path;
            if (pick < 10) {
                try {
                    submitSurvey(random);
                } catch (IOException e) {
                    errors.merge("submit -1", 1, Integer::sum);
                }
                continue;
            } else if (pick < 60) {
                kind = "page";
                path = visible.get(random.nextInt(visible.size()));
            } else if (pick < 80) {
                kind = "search";
                path = "/w/demo/organisations?q=" + SEARCHES[random.nextInt(SEARCHES.length)];
            } else {
                kind = "api";
                path = random.nextBoolean()
                        ? "/api/v1/workspaces/demo/organisations"
                        : "/api/v1/workspaces/demo/initiatives";
            }
            long t0 = System.nanoTime();
            int status;
            try {
                status = kind.equals("api") ? api(path) : get(client, path).statusCode();
            } catch (IOException e) {
                status = -1;
            }
            long micros = (System.nanoTime() - t0) / 1000;
            latencies
                    .computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(micros);
            if (kind.equals("page")) {
                byPage.computeIfAbsent(path, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(micros);
            }
            if (status != 200) {
                errors.merge(kind + " " + status, 1, Integer::sum);
            }
        }
    }

    private final HttpClient apiClient =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private int api(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer cw_demo_analyst_token")
                .timeout(Duration.ofSeconds(30))
                .build();
        return apiClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Matcher csrf = CSRF.matcher(get(client, "/login").body());
        if (!csrf.find()) {
            throw new IOException("no CSRF token on the sign-in page");
        }
        String form =
                "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("sign-in refused for " + user);
        }
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void report(double seconds) {
        long total = latencies.values().stream().mapToLong(List::size).sum();
        System.out.printf(
                Locale.ROOT,
                "%n%-8s %8s %8s %8s %8s %8s %8s%n",
                "kind",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms");
        for (var e : new TreeMap<>(latencies).entrySet()) {
            long[] sorted =
                    e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %8d %8.1f %8.1f %8.1f %8.1f %8.1f%n",
                    e.getKey(),
                    sorted.length,
                    sorted.length / seconds,
                    pct(sorted, 50),
                    pct(sorted, 95),
                    pct(sorted, 99),
                    sorted[sorted.length - 1] / 1000.0);
        }
        System.out.printf(Locale.ROOT, "%npage by path%33s %8s %8s %8s%n", "requests", "p50 ms", "p95 ms", "p99 ms");
        for (var e : new TreeMap<>(byPage).entrySet()) {
            long[] sorted =
                    e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "%-36s %8d %8.1f %8.1f %8.1f%n",
                    e.getKey(),
                    sorted.length,
                    pct(sorted, 50),
                    pct(sorted, 95),
                    pct(sorted, 99));
        }
        System.out.printf(
                Locale.ROOT,
                "%nall      %8d %8.1f%nerrors: %s%n",
                total,
                total / seconds,
                errors.isEmpty() ? "none" : new TreeMap<>(errors));
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double pct(long[] sortedMicros, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, rank - 1)] / 1000.0;
    }
}

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
 * directory searches and API reads, back to back, for a fixed time; prints throughput, latency percentiles and errors
 * per kind of request.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.clusterworks.benchmarks.load.LoadTest http://localhost:8080 50 60}
 * (base URL, users, seconds).
 */
public final class LoadTest {

    private static final String[] USERS = {"manager", "analyst", "officer", "viewer", "member"};
    private static final String[] SEARCHES = {"agro", "green", "arusha", "farm", "univ", "bank", "co", "ltd"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/w/demo/(?:initiatives|mapping/datasets)/\\d+)\"");

    private final String base;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final List<String> pages = new ArrayList<>();

    private LoadTest(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        new LoadTest(base).run(users, Duration.ofSeconds(seconds));
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
        System.out.printf(
                Locale.ROOT, "%d users for %d s against %s; pages: %s%n", users, duration.toSeconds(), base, pages);
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
    }

    private void user(int id, AtomicBoolean running) throws Exception {
        HttpClient client = signedIn(USERS[id % USERS.length]);
        SplittableRandom random = new SplittableRandom(id);
        while (running.get()) {
            int pick = random.nextInt(100);
            String kind;
            String path;
            if (pick < 60) {
                kind = "page";
                path = pages.get(random.nextInt(pages.size()));
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
        System.out.printf(
                Locale.ROOT,
                "all      %8d %8.1f%nerrors: %s%n",
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

package org.clusterworks.benchmarks.complexity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same work as {@link WorldTradeHarness} in DuckDB SQL over JDBC (DuckDB in memory): RCA, presence, proximity by a
 * self-join, fitness-complexity (economiccomplexity convention) and ECI by reflections (N = 20, centred and scaled at
 * each step, Growth Lab normalisation) as iterated SQL. The eigenvector ECI has no SQL form and is not computed here.
 *
 * <p>Needs {@code org.duckdb:duckdb_jdbc} on the class path (not a build dependency). Usage: {@code DuckDbHarness
 * TRADE_CSV OUT_DIR [REPETITIONS]}; prints {@code duckdb,stage,ms} medians.
 */
public final class DuckDbHarness {

    private DuckDbHarness() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Files.createDirectories(out);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = 0; run < 2 * reps; run++) {
            boolean measured = run >= reps;
            boolean last = run == 2 * reps - 1;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                    Statement s = c.createStatement()) {
                s.execute("SET autoinstall_known_extensions = false");
                s.execute("SET threads = 2");
                long total = System.nanoTime();
                stage(
                        times,
                        "load",
                        measured,
                        s,
                        "CREATE TABLE trade AS SELECT country, product, sum(value) AS value"
                                + " FROM read_csv('" + input + "', header = true,"
                                + " columns = {'country': 'VARCHAR', 'product': 'VARCHAR', 'value': 'DOUBLE'})"
                                + " GROUP BY country, product");
                stage(
                        times,
                        "rca",
                        measured,
                        s,
                        "CREATE TABLE rca AS"
                                + " WITH c AS (SELECT country, sum(value) AS xc FROM trade GROUP BY country),"
                                + " p AS (SELECT product, sum(value) AS xp FROM trade GROUP BY product),"
                                + " w AS (SELECT sum(value) AS x FROM trade)"
                                + " SELECT country, product, value * x / (xc * xp) AS rca"
                                + " FROM trade JOIN c USING (country) JOIN p USING (product), w");
                stage(times, "mcp", measured, s, "CREATE TABLE mcp AS SELECT country, product FROM rca WHERE rca >= 1");
                stage(
                        times,
                        "proximity",
                        measured,
                        s,
                        "CREATE TABLE proximity AS"
                                + " WITH u AS (SELECT product, count(*) AS k FROM mcp GROUP BY product),"
                                + " co AS (SELECT a.product AS a, b.product AS b, count(*) AS n FROM mcp a JOIN mcp b"
                                + " ON a.country = b.country AND a.product < b.product GROUP BY ALL)"
                                + " SELECT co.a, co.b, n / greatest(ua.k, ub.k) AS proximity"
                                + " FROM co JOIN u ua ON ua.product = co.a JOIN u ub ON ub.product = co.b");
                long start = System.nanoTime();
                fitness(s);
                record(times, "fitness", measured, start);
                start = System.nanoTime();
                reflections(s);
                record(times, "eci_reflections", measured, start);
                if (measured) {
                    times.computeIfAbsent("total", k -> new ArrayList<>()).add((System.nanoTime() - total) / 1e6);
                }
                if (last) {
                    s.execute("COPY (SELECT * FROM mcp ORDER BY ALL) TO '" + out.resolve("mcp.csv") + "' (HEADER)");
                    s.execute("COPY (SELECT * FROM proximity ORDER BY a, b) TO '" + out.resolve("proximity.csv")
                            + "' (HEADER)");
                    s.execute("COPY (SELECT country, v AS fitness FROM f ORDER BY country) TO '"
                            + out.resolve("fitness.csv") + "' (HEADER)");
                    s.execute("COPY (SELECT country, eci FROM eci ORDER BY country) TO '"
                            + out.resolve("eci_reflections.csv") + "' (HEADER)");
                }
            }
        }
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double[] v = e.getValue().stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            System.out.printf("duckdb,%s,%.3f%n", e.getKey(), v[v.length / 2]);
        }
    }

    /** F and Q start at 1; 19 updates, each from the previous iterate, each normalised to mean 1. */
    private static void fitness(Statement s) throws SQLException {
        s.execute("CREATE OR REPLACE TABLE f AS SELECT DISTINCT country, 1.0::DOUBLE AS v FROM mcp");
        s.execute("CREATE OR REPLACE TABLE q AS SELECT DISTINCT product, 1.0::DOUBLE AS v FROM mcp");
        for (int step = 1; step < 20; step++) {
            s.execute("CREATE OR REPLACE TABLE f_next AS WITH raw AS (SELECT country, sum(q.v) AS v"
                    + " FROM mcp JOIN q USING (product) GROUP BY country)"
                    + " SELECT country, v / (SELECT avg(v) FROM raw) AS v FROM raw");
            s.execute("CREATE OR REPLACE TABLE q_next AS WITH raw AS (SELECT product, 1 / sum(1 / f.v) AS v"
                    + " FROM mcp JOIN f USING (country) GROUP BY product)"
                    + " SELECT product, v / (SELECT avg(v) FROM raw) AS v FROM raw");
            s.execute("CREATE OR REPLACE TABLE f AS SELECT * FROM f_next");
            s.execute("CREATE OR REPLACE TABLE q AS SELECT * FROM q_next");
        }
    }

    /** k_c,0 = diversity -> k_p,1 -> ... -> k_c,20, each intermediate iterate standardised. */
    private static void reflections(Statement s) throws SQLException {
        s.execute("CREATE OR REPLACE TABLE kc AS SELECT country, count(*)::DOUBLE AS v FROM mcp GROUP BY country");
        for (int n = 1; n <= 20; n++) {
            String target = n % 2 == 1 ? "kp" : "kc";
            String raw = n % 2 == 1
                    ? "SELECT product AS code, avg(kc.v) AS v FROM mcp JOIN kc USING (country) GROUP BY product"
                    : "SELECT country AS code, avg(kp.v) AS v FROM mcp JOIN kp USING (product) GROUP BY country";
            String key = n % 2 == 1 ? "product" : "country";
            String value = n < 20 ? "(v - (SELECT avg(v) FROM raw)) / (SELECT stddev_pop(v) FROM raw)" : "v";
            s.execute("CREATE OR REPLACE TABLE " + target + " AS WITH raw AS (" + raw + ") SELECT code AS " + key + ", "
                    + value + " AS v FROM raw");
        }
        s.execute("CREATE OR REPLACE TABLE eci AS SELECT country,"
                + " (v - (SELECT avg(v) FROM kc)) / (SELECT stddev_pop(v) FROM kc) AS eci FROM kc");
    }

    private static void stage(Map<String, List<Double>> times, String name, boolean measured, Statement s, String sql)
            throws SQLException {
        long start = System.nanoTime();
        s.execute(sql);
        record(times, name, measured, start);
    }

    private static void record(Map<String, List<Double>> times, String name, boolean measured, long start) {
        if (measured) {
            times.computeIfAbsent(name, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
    }
}

package org.clusterworks.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB side of {@code benchmarks/scripts/strength_compare.sh}: the same work as {@link EngineStrength} in SQL
 * through JDBC (in-memory database, all cores); {@code quantile_cont} is the type-7 quantile.
 *
 * <p>Usage: {@code DuckDbStrength PANEL_CSV DEFINITIONS_CSV OUT_DIR} or {@code DuckDbStrength PANEL_CSV --read-only}.
 */
public final class DuckDbStrength {

    private DuckDbStrength() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            String panel = "read_csv('" + args[0] + "', header = true, columns = {'county': 'VARCHAR', 'naics': "
                    + "'VARCHAR', 'year': 'INTEGER', 'emp': 'DOUBLE', 'est': 'DOUBLE'})";
            if (args.length > 1 && args[1].equals("--read-only")) {
                sql.execute("CREATE TABLE raw AS SELECT * FROM " + panel);
                System.err.printf(
                        "duckdb: read %d rows in %.2f s%n", count(sql, "raw"), (System.nanoTime() - t0) / 1e9);
                return;
            }
            Path out = Path.of(args[2]);
            Files.createDirectories(out);
            sql.execute("CREATE TABLE defs AS SELECT * FROM read_csv('" + args[1] + "', header = true, columns = "
                    + "{'industry': 'VARCHAR', 'cluster': 'VARCHAR', 'type': 'VARCHAR'})");
            sql.execute("CREATE TABLE agg AS SELECT p.year, p.county AS region, d.cluster, d.type, "
                    + "sum(p.emp) AS employment, sum(p.est) AS establishments FROM " + panel
                    + " p JOIN defs d ON p.naics = d.industry GROUP BY ALL");
            sql.execute("CREATE TABLE lq AS SELECT *, (employment / sum(employment) OVER (PARTITION BY year, region, "
                    + "type)) / (sum(employment) OVER (PARTITION BY year, cluster) / sum(employment) OVER "
                    + "(PARTITION BY year, type)) AS lq FROM agg");
            sql.execute("CREATE TABLE q AS SELECT year, cluster, quantile_cont(employment, 0.25) AS e25, "
                    + "quantile_cont(establishments, 0.25) AS n25, quantile_cont(lq, 0.25) AS l25, "
                    + "quantile_cont(lq, 0.5) AS l50, quantile_cont(lq, 0.75) AS l75, quantile_cont(lq, 0.9) AS l90 "
                    + "FROM lq WHERE type = 'traded' AND employment > 0 GROUP BY year, cluster");
            sql.execute("CREATE TABLE s AS SELECT l.year, l.region, l.cluster, l.type, l.employment, "
                    + "l.establishments, l.lq, "
                    + "CASE WHEN l.type = 'traded' THEN employment > e25 AND establishments > n25 AND lq > l25 END "
                    + "AS qualifying, "
                    + "CASE WHEN l.type = 'traded' THEN employment > e25 AND establishments > n25 AND lq > l50 END "
                    + "AS significant, "
                    + "CASE WHEN l.type = 'traded' THEN employment > e25 AND establishments > n25 AND lq >= l75 "
                    + "AND lq >= 1 END AS strong, "
                    + "CASE WHEN l.type = 'traded' THEN employment > e25 AND establishments > n25 AND lq >= l90 "
                    + "AND lq >= 1 END AS strong10 "
                    + "FROM lq l LEFT JOIN q USING (year, cluster)");
            sql.execute("COPY (SELECT year, region, cluster, employment, establishments, lq, qualifying, "
                    + "significant, strong, strong10 FROM s) TO '" + out.resolve("strength.csv")
                    + "' (HEADER, DELIMITER ',')");
            sql.execute("COPY (SELECT year, region, sum(employment) AS traded_employment, "
                    + "sum(CASE WHEN strong THEN employment ELSE 0 END) AS strong_employment, "
                    + "sum(CASE WHEN strong THEN employment ELSE 0 END) / sum(employment) AS cluster_strength "
                    + "FROM s WHERE type = 'traded' GROUP BY year, region) TO '"
                    + out.resolve("cluster_strength.csv") + "' (HEADER, DELIMITER ',')");
            System.err.printf(
                    "duckdb: total %.2f s (%d cluster cells)%n", (System.nanoTime() - t0) / 1e9, count(sql, "s"));
        }
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

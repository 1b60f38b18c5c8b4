package org.clusterworks.reference.loading;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes loaded rows with named parameters, in JDBC batches. */
final class RowWriter {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;

    RowWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** Runs one statement (a delete, a single insert) and returns the affected row count. */
    int update(String sql, Map<String, ?> params) {
        // SQL from constants: statements come from the loader's own constants.
        return client.sql(sql).params(params).update();
    }

    /** The client, for statements that return keys or rows. */
    JdbcClient client() {
        return client;
    }

    /** Inserts all rows with one statement in batches; returns the row count. */
    int insertAll(String sql, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            SqlParameterSource[] batch =
                    chunk.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new);
            jdbc.batchUpdate(sql, batch);
        }
        return rows.size();
    }
}

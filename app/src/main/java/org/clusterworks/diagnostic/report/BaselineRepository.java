package org.clusterworks.diagnostic.report;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores approved diagnostics: a JSON snapshot and key figures as rows, never changed after approval. */
@Repository
public class BaselineRepository {

    /** A stored baseline without its figures. */
    public record Baseline(
            long id, long initiativeId, Long approvedBy, OffsetDateTime approvedAt, String note, String snapshot) {}

    private final JdbcClient jdbc;

    BaselineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long workspaceId,
            long initiativeId,
            Long userId,
            OffsetDateTime at,
            String note,
            String snapshot,
            Map<String, Double> figures) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into diagnostic_baseline (workspace_id, initiative_id, approved_by, approved_at, note, snapshot)"
                                + " values (:ws, :i, :by, :at, :note, :snap)")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .param("by", userId)
                .param("at", at)
                .param("note", note)
                .param("snap", snapshot)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        figures.forEach((k, v) -> jdbc.sql("insert into diagnostic_baseline_figure (baseline_id, figure_key,"
                        + " figure_value) values (:b, :k, :v)")
                .param("b", id)
                .param("k", k)
                .param("v", v)
                .update());
        return id;
    }

    /** The baselines of an initiative, latest first. */
    public List<Baseline> all(long workspaceId, long initiativeId) {
        return jdbc.sql("select id, initiative_id, approved_by, approved_at, note, snapshot from diagnostic_baseline"
                        + " where workspace_id = :ws and initiative_id = :i order by approved_at desc, id desc")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .query(Rows.of(Baseline.class))
                .list();
    }

    public Optional<Baseline> latest(long workspaceId, long initiativeId) {
        return all(workspaceId, initiativeId).stream().findFirst();
    }

    /** The figures of a baseline, by key. */
    public Map<String, Double> figures(long baselineId) {
        Map<String, Double> m = new LinkedHashMap<>();
        jdbc.sql("select figure_key, figure_value from diagnostic_baseline_figure where baseline_id = :b order by"
                        + " figure_key")
                .param("b", baselineId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2)))
                .list()
                .forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}

package org.clusterworks.mapping.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.clusterworks.mapping.importing.ParsedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Datasets, versions and observations of a workspace; every query filters on the workspace. */
@Component
public class DatasetStore {

    private static final String DATASET_SELECT = """
            select d.id, d.workspace_id, d.name, d.description, d.source, d.licence, d.region_scheme,
                   d.industry_scheme, d.updated_at, v.id version_id, v.version_no, v.row_count, v.measures, v.periods,
                   v.region_count, v.industry_count, v.has_reference, v.file_name, v.created_by
            from map_dataset d join map_dataset_version v on v.id = d.current_version
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DatasetStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public List<Dataset> list(long workspaceId) {
        return jdbc.sql(DATASET_SELECT + " where d.workspace_id = :ws order by lower(d.name), d.id")
                .param("ws", workspaceId)
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<Dataset> find(long workspaceId, long id) {
        return jdbc.sql(DATASET_SELECT + " where d.workspace_id = :ws and d.id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public List<DatasetVersion> versions(long workspaceId, long datasetId) {
        return jdbc.sql("""
                        select v.id, v.version_no, v.row_count, v.measures, v.periods, v.has_reference, v.file_name,
                               v.created_by, v.created_at
                        from map_dataset_version v join map_dataset d on d.id = v.dataset_id
                        where d.workspace_id = :ws and d.id = :id order by v.version_no desc""")
                .param("ws", workspaceId)
                .param("id", datasetId)
                .query((rs, n) -> new DatasetVersion(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        split(rs.getString(4)),
                        years(rs.getString(5)),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    /** A version of a dataset of the workspace (for reproducing earlier results). */
    public Optional<Dataset> atVersion(long workspaceId, long datasetId, int versionNo) {
        Optional<Dataset> current = find(workspaceId, datasetId);
        if (current.isEmpty() || current.get().version() == versionNo) {
            return current;
        }
        Dataset d = current.get();
        return versions(workspaceId, datasetId).stream()
                .filter(v -> v.version() == versionNo)
                .findFirst()
                .map(v -> new Dataset(
                        d.id(),
                        d.workspaceId(),
                        d.name(),
                        d.description(),
                        d.source(),
                        d.licence(),
                        d.regionScheme(),
                        d.industryScheme(),
                        v.id(),
                        v.version(),
                        v.rowCount(),
                        v.measures(),
                        v.years(),
                        d.regionCount(),
                        d.industryCount(),
                        v.hasReference(),
                        v.fileName(),
                        v.createdBy(),
                        v.createdAt()));
    }

    private static Dataset map(java.sql.ResultSet rs) throws SQLException {
        return new Dataset(
                rs.getLong("id"),
                rs.getLong("workspace_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("source"),
                rs.getString("licence"),
                rs.getString("region_scheme"),
                rs.getString("industry_scheme"),
                rs.getLong("version_id"),
                rs.getInt("version_no"),
                rs.getLong("row_count"),
                split(rs.getString("measures")),
                years(rs.getString("periods")),
                rs.getInt("region_count"),
                rs.getInt("industry_count"),
                rs.getBoolean("has_reference"),
                rs.getString("file_name"),
                rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    static List<Integer> years(String s) {
        return split(s).stream().map(Integer::valueOf).toList();
    }

    /** Metadata of a new dataset or of the dataset a new version replaces. */
    public record Meta(
            String name,
            String description,
            String source,
            String licence,
            String regionScheme,
            String industryScheme,
            String fileName,
            String createdBy) {}

    /**
     * Stores parsed data as a new dataset, or as a new version of {@code datasetId}; call inside a transaction.
     *
     * @return the dataset id and version number
     */
    public long[] store(long workspaceId, Long datasetId, Meta meta, ParsedData data, IntConsumer rowsWritten) {
        OffsetDateTime now = OffsetDateTime.now();
        long id;
        int versionNo;
        if (datasetId == null) {
            jdbc.sql("""
                            insert into map_dataset (workspace_id, name, description, source, licence, region_scheme,
                                industry_scheme, created_at, updated_at)
                            values (:ws, :name, :description, :source, :licence, :rs, :is, :now, :now)""")
                    .param("ws", workspaceId)
                    .param("name", meta.name())
                    .param("description", meta.description())
                    .param("source", meta.source())
                    .param("licence", meta.licence())
                    .param("rs", meta.regionScheme())
                    .param("is", meta.industryScheme())
                    .param("now", now)
                    .update();
            id = jdbc.sql("select max(id) from map_dataset where workspace_id = :ws and name = :name")
                    .param("ws", workspaceId)
                    .param("name", meta.name())
                    .query(Long.class)
                    .single();
            versionNo = 1;
        } else {
            id = datasetId;
            jdbc.sql("""
                            update map_dataset set name = :name, description = :description, source = :source,
                                licence = :licence, region_scheme = :rs, industry_scheme = :is, updated_at = :now
                            where id = :id and workspace_id = :ws""")
                    .param("ws", workspaceId)
                    .param("id", id)
                    .param("name", meta.name())
                    .param("description", meta.description())
                    .param("source", meta.source())
                    .param("licence", meta.licence())
                    .param("rs", meta.regionScheme())
                    .param("is", meta.industryScheme())
                    .param("now", now)
                    .update();
            versionNo = jdbc.sql(
                            "select coalesce(max(version_no), 0) + 1 from map_dataset_version where dataset_id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
        }
        String periods =
                Arrays.stream(data.periods()).mapToObj(Integer::toString).collect(Collectors.joining(","));
        jdbc.sql("""
                        insert into map_dataset_version (dataset_id, version_no, row_count, measures, periods,
                            region_count, industry_count, has_reference, file_name, created_by, created_at)
                        values (:id, :no, :rows, :measures, :periods, :rc, :ic, :ref, :file, :by, :now)""")
                .param("id", id)
                .param("no", versionNo)
                .param("rows", data.size())
                .param("measures", String.join(",", data.measures()))
                .param("periods", periods)
                .param("rc", data.regions().size())
                .param("ic", data.industries().size())
                .param("ref", !data.reference().isEmpty())
                .param("file", meta.fileName())
                .param("by", meta.createdBy())
                .param("now", now)
                .update();
        long versionId = jdbc.sql("select id from map_dataset_version where dataset_id = :id and version_no = :no")
                .param("id", id)
                .param("no", versionNo)
                .query(Long.class)
                .single();
        writeObservations(versionId, data, rowsWritten);
        data.reference()
                .forEach((industry, byYear) -> byYear.forEach((year, v) -> {
                    var spec = jdbc.sql("""
                            insert into map_reference_total (version_id, industry, period, m1, m2, m3, m4, m5, m6)
                            values (:v, :industry, :period, :m1, :m2, :m3, :m4, :m5, :m6)""")
                            .param("v", versionId)
                            .param("industry", industry)
                            .param("period", year);
                    for (int m = 0; m < 6; m++) {
                        spec = spec.param(
                                "m" + (m + 1), m < v.length && !Double.isNaN(v[m]) ? v[m] : null, Types.DOUBLE);
                    }
                    spec.update();
                }));
        jdbc.sql("update map_dataset set current_version = :v where id = :id")
                .param("v", versionId)
                .param("id", id)
                .update();
        return new long[] {id, versionNo};
    }

    private void writeObservations(long versionId, ParsedData data, IntConsumer rowsWritten) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            ObservationWriter.forData(c, data).write(c, versionId, data, rowsWritten);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store observations: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Receives the stored rows of a version in region, industry, period order. */
    public interface RowHandler {
        void row(String region, String industry, int period, double[] values);
    }

    public void readObservations(long versionId, int measures, RowHandler handler) {
        jdbc.sql("""
                        select region, industry, period, m1, m2, m3, m4, m5, m6 from map_observation
                        where version_id = :v""").param("v", versionId).query(rs -> {
            double[] v = new double[measures];
            for (int m = 0; m < measures; m++) {
                double x = rs.getDouble(4 + m);
                v[m] = rs.wasNull() ? Double.NaN : x;
            }
            handler.row(rs.getString(1), rs.getString(2), rs.getInt(3), v);
        });
    }

    /** Reference totals of a version: industry -> period -> values. */
    public Map<String, Map<Integer, double[]>> referenceTotals(long versionId, int measures) {
        Map<String, Map<Integer, double[]>> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select industry, period, m1, m2, m3, m4, m5, m6 from map_reference_total where version_id = :v")
                .param("v", versionId)
                .query(rs -> {
                    double[] v = new double[measures];
                    for (int m = 0; m < measures; m++) {
                        double x = rs.getDouble(3 + m);
                        v[m] = rs.wasNull() ? Double.NaN : x;
                    }
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
                            .put(rs.getInt(2), v);
                });
        return out;
    }

    /** Deletes a dataset with all its versions and observations. */
    public boolean delete(long workspaceId, long datasetId) {
        List<Long> versions = jdbc.sql("""
                        select v.id from map_dataset_version v join map_dataset d on d.id = v.dataset_id
                        where d.workspace_id = :ws and d.id = :id""")
                .param("ws", workspaceId)
                .param("id", datasetId)
                .query(Long.class)
                .list();
        for (Long v : versions) {
            jdbc.sql("delete from map_observation where version_id = :v")
                    .param("v", v)
                    .update();
            jdbc.sql("delete from map_reference_total where version_id = :v")
                    .param("v", v)
                    .update();
        }
        return jdbc.sql("delete from map_dataset where workspace_id = :ws and id = :id")
                        .param("ws", workspaceId)
                        .param("id", datasetId)
                        .update()
                > 0;
    }

    public long countObservations(long versionId) {
        return jdbc.sql("select count(*) from map_observation where version_id = :v")
                .param("v", versionId)
                .query(Long.class)
                .single();
    }
}

package org.clusterworks.reference.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.reference.Cluster;
import org.clusterworks.reference.ClusterDefinition;
import org.clusterworks.reference.ClusterDefinitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads cluster definition sets from the reference tables. */
@Service
final class JdbcClusterDefinitions implements ClusterDefinitions {

    private static final String COLUMNS = "id, code, name, scheme, owner_workspace_id, provisional, source_note";

    private final JdbcClient jdbc;

    JdbcClusterDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ClusterDefinition> platformDefinitions() {
        return jdbc.sql("select " + COLUMNS
                        + " from ref_cluster_definition where owner_workspace_id is null order by code")
                .query(JdbcClusterDefinitions::definition)
                .list();
    }

    @Override
    public Optional<ClusterDefinition> platformDefinition(String code) {
        return jdbc.sql("select " + COLUMNS
                        + " from ref_cluster_definition where owner_workspace_id is null and code = :code")
                .param("code", code)
                .query(JdbcClusterDefinitions::definition)
                .optional();
    }

    @Override
    public List<Cluster> clusters(String definitionCode) {
        Optional<Long> id = jdbc.sql(
                        "select id from ref_cluster_definition where owner_workspace_id is null and code = :code")
                .param("code", definitionCode)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> codes = new HashMap<>();
        jdbc.sql("""
                        select cluster_code, industry_code from ref_cluster_industry
                        where definition_id = :id order by cluster_code, industry_code""")
                .param("id", id.get())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> codes.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("""
                        select code, name, cluster_type, parent_code from ref_cluster where definition_id = :id
                        order by coalesce(parent_code, code), case when parent_code is null then 0 else 1 end, code""")
                .param("id", id.get())
                .query((rs, n) -> new Cluster(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        codes.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    private static ClusterDefinition definition(ResultSet rs, int row) throws SQLException {
        return new ClusterDefinition(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, Long.class),
                rs.getBoolean(6),
                rs.getString(7));
    }
}

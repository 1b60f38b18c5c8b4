package org.clusterworks.mapping.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster definitions a dataset's industry column can be coded in: the U.S. benchmark clusters under their U.S. Cluster
 * Mapping numeric codes (1-51 traded, 101-116 local), whose names, types, subclusters and NAICS codes come from the
 * reference module's platform-wide definition set, and each workspace's own definitions uploaded as an
 * industry-to-cluster table.
 */
@Component
public class ClusterDefinitions {

    public static final String US_BENCHMARK = "us-benchmark-clusters";

    /** The reference module's set the U.S. benchmark clusters come from. */
    static final String REFERENCE_SET = "us-benchmark-2016";

    /** One cluster of a definition. */
    public record Cluster(String code, String name, boolean traded) {}

    /** One subcluster of a cluster, with the industry codes that make it up. */
    public record Subcluster(String code, String name, List<String> industryCodes) {}

    /**
     * A definition: its code, name, the classification its industries come from, its clusters by code, the cluster
     * of each industry code, and the subclusters of each cluster (empty when the definition has none).
     */
    public record Definition(
            String code,
            String name,
            String baseScheme,
            Map<String, Cluster> clusters,
            Map<String, String> industries,
            Map<String, List<Subcluster>> subclusters) {}

    private final JdbcClient jdbc;
    private final org.clusterworks.reference.ClusterDefinitions reference;
    private volatile Definition usBenchmark;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    ClusterDefinitions(JdbcClient jdbc, org.clusterworks.reference.ClusterDefinitions reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** The U.S. benchmark clusters, read once from the reference module (loaded after start-up, hence lazily). */
    Definition usBenchmark() {
        Definition d = usBenchmark;
        if (d == null) {
            d = loadUsBenchmark();
            usBenchmark = d;
        }
        return d;
    }

    private Definition loadUsBenchmark() {
        Map<String, String> numeric = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new ClassPathResource("mapping/us-cluster-codes.csv").getInputStream(), StandardCharsets.UTF_8))) {
            for (CSVRecord rec : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                numeric.put(rec.get("reference_code"), rec.get("code"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<org.clusterworks.reference.Cluster> all = reference.clusters(REFERENCE_SET);
        Map<String, org.clusterworks.reference.Cluster> byCode = new HashMap<>();
        all.forEach(c -> byCode.put(c.code(), c));
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<String, String> industries = new LinkedHashMap<>();
        Map<String, List<Subcluster>> subclusters = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : numeric.entrySet()) {
            org.clusterworks.reference.Cluster c = byCode.get(e.getKey());
            if (c == null) {
                throw new IllegalStateException("the reference set " + REFERENCE_SET + " has no cluster " + e.getKey()
                        + " (mapping/us-cluster-codes.csv)");
            }
            clusters.put(e.getValue(), new Cluster(e.getValue(), c.name(), "traded".equals(c.type())));
            c.industryCodes().forEach(i -> industries.put(i, e.getValue()));
        }
        for (org.clusterworks.reference.Cluster s : all) {
            String parent = s.parentCode() == null ? null : numeric.get(s.parentCode());
            if (parent != null) {
                subclusters
                        .computeIfAbsent(parent, k -> new ArrayList<>())
                        .add(new Subcluster(s.code(), s.name(), s.industryCodes()));
                s.industryCodes().forEach(i -> industries.put(i, parent));
            }
        }
        subclusters.replaceAll((k, v) -> List.copyOf(v));
        return new Definition(
                US_BENCHMARK,
                "U.S. benchmark clusters (Delgado, Porter & Stern 2016)",
                "naics-2012",
                Collections.unmodifiableMap(clusters),
                Collections.unmodifiableMap(industries),
                Collections.unmodifiableMap(subclusters));
    }

    /** The definition with this code visible to the workspace (shipped ones first). */
    public Optional<Definition> find(long workspaceId, String code) {
        if (US_BENCHMARK.equals(code)) {
            return Optional.of(usBenchmark());
        }
        Optional<Long> id = jdbc.sql("select id from map_cluster_definition where workspace_id = :ws and code = :code")
                .param("ws", workspaceId)
                .param("code", code)
                .query(Long.class)
                .optional();
        return id.map(this::load);
    }

    private Definition load(long id) {
        Map<String, Object> head = jdbc.sql("select code, name, base_scheme from map_cluster_definition where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<String, String> industries = new LinkedHashMap<>();
        jdbc.sql("""
                        select industry_code, cluster_code, cluster_name, cluster_type from map_cluster_definition_item
                        where definition_id = :id order by cluster_code, industry_code""").param("id", id).query(rs -> {
            String cc = rs.getString("cluster_code");
            clusters.putIfAbsent(
                    cc, new Cluster(cc, rs.getString("cluster_name"), "traded".equals(rs.getString("cluster_type"))));
            industries.put(rs.getString("industry_code"), cc);
        });
        return new Definition(
                (String) head.get("code"),
                (String) head.get("name"),
                (String) head.get("base_scheme"),
                clusters,
                industries,
                Map.of());
    }

    /** Summaries of the definitions the workspace can use. */
    public List<Map<String, Object>> list(long workspaceId) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of(
                "code",
                US_BENCHMARK,
                "name",
                usBenchmark().name(),
                "baseScheme",
                "naics-2012",
                "clusters",
                usBenchmark().clusters().size(),
                "shipped",
                true));
        jdbc.sql("""
                        select d.code, d.name, d.base_scheme, count(distinct i.cluster_code) clusters
                        from map_cluster_definition d left join map_cluster_definition_item i on i.definition_id = d.id
                        where d.workspace_id = :ws group by d.code, d.name, d.base_scheme order by d.name""")
                .param("ws", workspaceId)
                .query((rs, n) -> Map.<String, Object>of(
                        "code",
                        rs.getString(1),
                        "name",
                        rs.getString(2),
                        "baseScheme",
                        rs.getString(3),
                        "clusters",
                        rs.getLong(4),
                        "shipped",
                        false))
                .list()
                .forEach(out::add);
        return out;
    }

    /** One row of an uploaded industry-to-cluster table. */
    public record Item(String industryCode, String clusterCode, String clusterName, String clusterType) {}

    /** A number that changes whenever a workspace stores or replaces a definition (results cached on it go stale). */
    public long generation() {
        return generation.get();
    }

    /** Stores (or replaces) a workspace's definition. */
    @Transactional
    public void save(long workspaceId, String code, String name, String baseScheme, List<Item> items) {
        generation.incrementAndGet();
        jdbc.sql("delete from map_cluster_definition where workspace_id = :ws and code = :code")
                .param("ws", workspaceId)
                .param("code", code)
                .update();
        jdbc.sql("""
                        insert into map_cluster_definition (workspace_id, code, name, base_scheme, created_at)
                        values (:ws, :code, :name, :scheme, :now)""")
                .param("ws", workspaceId)
                .param("code", code)
                .param("name", name)
                .param("scheme", baseScheme)
                .param("now", OffsetDateTime.now())
                .update();
        long id = jdbc.sql("select id from map_cluster_definition where workspace_id = :ws and code = :code")
                .param("ws", workspaceId)
                .param("code", code)
                .query(Long.class)
                .single();
        for (Item i : items) {
            jdbc.sql("""
                            insert into map_cluster_definition_item
                                (definition_id, industry_code, cluster_code, cluster_name, cluster_type)
                            values (:id, :ind, :cc, :cn, :ct)""")
                    .param("id", id)
                    .param("ind", i.industryCode())
                    .param("cc", i.clusterCode())
                    .param("cn", i.clusterName())
                    .param("ct", i.clusterType())
                    .update();
        }
    }
}

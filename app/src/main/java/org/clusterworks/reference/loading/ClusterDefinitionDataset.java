package org.clusterworks.reference.loading;

import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2012;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.reference.search.SearchText;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The platform-wide US benchmark cluster definitions (Delgado, Porter and Stern 2016, NAICS 2012), flagged
 * provisional because the shipped file is a third-party transcription not checked against the official one.
 */
final class ClusterDefinitionDataset {

    static final String FILE = "clusters/naics2012_to_cluster_acr1_emsi_variant.csv";
    static final String CODE = "us-benchmark-2016";
    static final String NAME = "U.S. benchmark cluster definitions (Delgado, Porter & Stern 2016)";
    static final String NOTE =
            "Third-party transcription (ACR1/industry-clusters, CC BY-SA) of the U.S. Cluster Mapping definitions;"
                    + " vendor additions (emsi_specific=1) and the unassigned cluster 'NA' left out;"
                    + " not checked against the official file.";

    private ClusterDefinitionDataset() {}

    /** One benchmark cluster or subcluster. */
    record Cluster(String code, String name, String type, String parentCode) {}

    /** One NAICS code of a (sub)cluster. */
    record Member(String clusterCode, String industryCode) {}

    /** The clusters and members the file defines, in file order. */
    record Definitions(List<Cluster> clusters, List<Member> members) {}

    static ReferenceDataset dataset() {
        return new SimpleDataset("clusters:" + CODE, List.of(FILE), (files, writer) -> {
            Definitions definitions = parse(files.get(FILE).csv());
            writer.update(
                    "delete from ref_cluster_definition where code = :code and owner_workspace_id is null",
                    Map.of("code", CODE));
            KeyHolder keys = new GeneratedKeyHolder();
            writer.client()
                    .sql("""
                            insert into ref_cluster_definition
                                (code, name, scheme, owner_workspace_id, provisional, source_note, created_at)
                            values (:code, :name, :scheme, null, true, :note, :now)""")
                    .param("code", CODE)
                    .param("name", NAME)
                    .param("scheme", NAICS_2012)
                    .param("note", NOTE)
                    .param("now", OffsetDateTime.now())
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            List<Map<String, Object>> clusters = new ArrayList<>();
            for (Cluster c : definitions.clusters()) {
                Map<String, Object> p = new HashMap<>();
                p.put("id", id);
                p.put("code", c.code());
                p.put("name", c.name());
                p.put("type", c.type());
                p.put("parent", c.parentCode());
                clusters.add(p);
            }
            List<Map<String, Object>> members = new ArrayList<>();
            for (Member m : definitions.members()) {
                members.add(Map.of("id", id, "cluster", m.clusterCode(), "industry", m.industryCode()));
            }
            return 1 + writer.insertAll("""
                            insert into ref_cluster (definition_id, code, name, cluster_type, parent_code)
                            values (:id, :code, :name, :type, :parent)""", clusters) + writer.insertAll("""
                            insert into ref_cluster_industry (definition_id, cluster_code, industry_code)
                            values (:id, :cluster, :industry)""", members);
        });
    }

    static Definitions parse(List<CSVRecord> records) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<String, Member> members = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            String cluster = r.get("cluster").strip();
            if (!"0".equals(r.get("emsi_specific").strip()) || cluster.isEmpty() || cluster.equals("NA")) {
                continue;
            }
            String type = r.get("traded_local").strip().toLowerCase(Locale.ROOT);
            String clusterCode = slug(cluster);
            clusters.putIfAbsent(clusterCode, new Cluster(clusterCode, cluster, type, null));
            String subcluster = r.get("subcluster").strip();
            String leaf = clusterCode;
            if (!subcluster.isEmpty()) {
                leaf = clusterCode + "/" + slug(subcluster);
                clusters.putIfAbsent(leaf, new Cluster(leaf, subcluster, type, clusterCode));
            }
            String naics = r.get("naics").strip();
            members.putIfAbsent(leaf + " " + naics, new Member(leaf, naics));
        }
        return new Definitions(List.copyOf(clusters.values()), List.copyOf(members.values()));
    }

    /** A URL-safe code from a cluster name: "Aerospace Vehicles and Defense" becomes "aerospace-vehicles-and-defense". */
    static String slug(String name) {
        String folded = SearchText.fold(name).replace("&", " and ");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

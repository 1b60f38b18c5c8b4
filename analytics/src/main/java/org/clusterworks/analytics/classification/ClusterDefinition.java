package org.clusterworks.analytics.classification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clusterworks.analytics.panel.CodeMapping;

/**
 * A cluster definition table: each industry belongs to one cluster and subcluster, which is traded or local (e.g.
 * the U.S. benchmark cluster definitions, Delgado, Porter &amp; Stern 2016, on 2012 NAICS).
 */
public final class ClusterDefinition {

    /** One row of the table. */
    public record Entry(String industry, String cluster, String subcluster, boolean traded) {}

    private final Map<String, Entry> byIndustry;
    private final Map<String, Boolean> tradedByCluster;

    private ClusterDefinition(Map<String, Entry> byIndustry, Map<String, Boolean> tradedByCluster) {
        this.byIndustry = byIndustry;
        this.tradedByCluster = tradedByCluster;
    }

    /** Builds the definition; an industry listed twice or a cluster both traded and local is an error. */
    public static ClusterDefinition of(Collection<Entry> entries) {
        Map<String, Entry> byIndustry = new LinkedHashMap<>();
        Map<String, Boolean> traded = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (byIndustry.put(e.industry(), e) != null) {
                throw new IllegalArgumentException("industry " + e.industry() + " is defined twice");
            }
            Boolean before = traded.putIfAbsent(e.cluster(), e.traded());
            if (before != null && before != e.traded()) {
                throw new IllegalArgumentException("cluster " + e.cluster() + " is both traded and local");
            }
        }
        return new ClusterDefinition(byIndustry, traded);
    }

    /** Industry -> cluster, weight 1. */
    public CodeMapping toClusters() {
        CodeMapping.Builder b = CodeMapping.builder();
        byIndustry.values().forEach(e -> b.link(e.industry(), e.cluster(), 1.0));
        return b.build();
    }

    /**
     * Industry -> {@link #subclusterCode "cluster/subcluster"}, weight 1; cluster codes must hold no slash (subcluster
     * codes may).
     */
    public CodeMapping toSubclusters() {
        CodeMapping.Builder b = CodeMapping.builder();
        byIndustry.values().forEach(e -> b.link(e.industry(), subclusterCode(e.cluster(), e.subcluster()), 1.0));
        return b.build();
    }

    /** The code {@link #toSubclusters} gives a subcluster: its cluster (no slash in it), a slash, its own code. */
    public static String subclusterCode(String cluster, String subcluster) {
        if (cluster.indexOf('/') >= 0) {
            throw new IllegalArgumentException("a cluster code with a slash cannot name subclusters: " + cluster);
        }
        return cluster + "/" + subcluster;
    }

    /** The cluster of a code made by {@link #subclusterCode} (the part before the first slash). */
    public static String clusterOfSubcluster(String subclusterCode) {
        int slash = subclusterCode.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a subcluster code: " + subclusterCode);
        }
        return subclusterCode.substring(0, slash);
    }

    public boolean isTraded(String cluster) {
        Boolean t = tradedByCluster.get(cluster);
        if (t == null) {
            throw new IllegalArgumentException("unknown cluster " + cluster);
        }
        return t;
    }

    public Set<String> clusters() {
        return new TreeSet<>(tradedByCluster.keySet());
    }
}

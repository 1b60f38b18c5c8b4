package org.clusterworks.mapping.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clusterworks.analytics.classification.ClusterDefinition;
import org.clusterworks.mapping.analysis.MappingAnalysis.Cell;
import org.clusterworks.mapping.analysis.MappingAnalysis.Result;

/**
 * The tables and chart of one cluster's subclusters from a subcluster-level analysis: in a chosen region, the
 * strongest regions of each, and every region x subcluster for the exports.
 */
final class SubclusterViews {

    private final Result result;
    private final String cluster;
    private final Function<String, String> msg;
    private final Map<String, String> regionNames;
    private final Map<String, String> names;
    private final List<Integer> columns = new ArrayList<>();

    SubclusterViews(
            Result result,
            String cluster,
            Function<String, String> msg,
            Map<String, String> regionNames,
            Map<String, String> names) {
        this.result = result;
        this.cluster = cluster;
        this.msg = msg;
        this.regionNames = regionNames;
        this.names = names;
        for (int i = 0; i < result.industries().size(); i++) {
            if (ClusterDefinition.clusterOfSubcluster(result.industries().get(i))
                    .equals(cluster)) {
                columns.add(i);
            }
        }
    }

    /** Whether the cluster has any subcluster with figures in the dataset. */
    boolean any() {
        return !columns.isEmpty();
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    private String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    private static Double pct(double v) {
        return Double.isFinite(v) ? v * 100 : Double.NaN;
    }

    /** The cluster's employment in a region: the sum of its subclusters there. */
    private double clusterEmployment(int r) {
        double sum = 0;
        for (int i : columns) {
            sum += result.cell(r, i).employment();
        }
        return sum;
    }

    private List<String> measureHeaders(String first) {
        List<String> h = new ArrayList<>(List.of(first, msg.apply("mapping.col.employment")));
        if (result.hasEstablishments()) {
            h.add(msg.apply("mapping.col.establishments"));
        }
        h.addAll(List.of(
                msg.apply("mapping.col.lq"),
                msg.apply("mapping.col.cluster-share"),
                msg.apply("mapping.col.region-share"),
                msg.apply("mapping.col.reference-share")));
        if (result.baseYear() > 0) {
            h.add(msg.apply("mapping.col.growth") + " " + result.baseYear() + "\u2013" + result.year());
        }
        return h;
    }

    private List<Object> measures(Object first, Cell c, int r) {
        double total = clusterEmployment(r);
        List<Object> row = new ArrayList<>(List.of(first, c.employment()));
        if (result.hasEstablishments()) {
            row.add(c.establishments());
        }
        row.add(c.lq());
        row.add(total > 0 ? c.employment() / total * 100 : Double.NaN);
        row.add(pct(c.regionShare()));
        row.add(pct(c.referenceShare()));
        if (result.baseYear() > 0) {
            row.add(pct(c.growth()));
        }
        return row;
    }

    private String note() {
        return msg.apply("mapping.subclusters.note")
                + (result.usedReference() ? " " + msg.apply("mapping.reference-used") : "");
    }

    /** The cluster's subclusters with employment in a region, largest first. */
    private List<Integer> present(int r) {
        List<Integer> order = new ArrayList<>();
        for (int i : columns) {
            if (result.cell(r, i).employment() > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> -result.cell(r, i).employment()));
        return order;
    }

    /** The cluster's subclusters in one region, largest first (those without employment there left out). */
    Table inRegion(int r) {
        Table t =
                Table.of(regionName(result.regions().get(r)), note(), measureHeaders(msg.apply("mapping.subcluster")));
        List<Integer> order = present(r);
        for (int i : order) {
            Cell c = result.cell(r, i);
            t.add(null, measures(name(c.industry()), c, r).toArray());
        }
        return t;
    }

    /** LQ of each subcluster in one region, for a bar chart. */
    Map<String, Object> chart(int r) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Integer> order = present(r);
        for (int i : order) {
            double lq = result.cell(r, i).lq();
            labels.add(name(result.industries().get(i)));
            values.add(Double.isFinite(lq) ? MappingViews.round(lq) : null);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", labels);
        m.put("values", values);
        m.put("label", msg.apply("mapping.col.lq"));
        m.put("max", null);
        m.put("unit", msg.apply("mapping.col.lq"));
        return m;
    }

    /** The {@code limit} regions with the highest LQ in each subcluster (regions with employment in it). */
    Table strongest(int limit) {
        List<String> h = new ArrayList<>(List.of(msg.apply("mapping.subcluster"), msg.apply("mapping.col.rank")));
        h.addAll(measureHeaders(msg.apply("mapping.col.region")));
        Table t = Table.of(msg.apply("mapping.subclusters.strongest"), note(), h);
        for (int i : columns) {
            List<Integer> order = new ArrayList<>();
            for (int r = 0; r < result.regions().size(); r++) {
                if (result.cell(r, i).employment() > 0
                        && Double.isFinite(result.cell(r, i).lq())) {
                    order.add(r);
                }
            }
            order.sort(Comparator.comparingDouble(r -> -result.cell(r, i).lq()));
            for (int k = 0; k < Math.min(limit, order.size()); k++) {
                int r = order.get(k);
                List<Object> row =
                        new ArrayList<>(List.of(name(result.industries().get(i)), (double) (k + 1)));
                row.addAll(measures(regionName(result.regions().get(r)), result.cell(r, i), r));
                t.add(null, row.toArray());
            }
        }
        return t;
    }

    /** Every region x subcluster of the cluster with employment, for the exports. */
    Table all() {
        List<String> h = new ArrayList<>(List.of(msg.apply("mapping.col.code"), msg.apply("mapping.subcluster")));
        h.addAll(measureHeaders(msg.apply("mapping.col.region")));
        Table t = Table.of(msg.apply("mapping.subclusters.all"), note(), h);
        for (int r = 0; r < result.regions().size(); r++) {
            for (int i : columns) {
                Cell c = result.cell(r, i);
                if (c.employment() > 0) {
                    List<Object> row = new ArrayList<>(List.of(c.region(), name(c.industry())));
                    row.addAll(measures(regionName(c.region()), c, r));
                    t.add(null, row.toArray());
                }
            }
        }
        return t;
    }
}

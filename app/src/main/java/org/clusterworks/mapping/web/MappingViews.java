package org.clusterworks.mapping.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clusterworks.analytics.relatedness.DiversificationOpportunity;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.analysis.MappingAnalysis.Cell;
import org.clusterworks.mapping.analysis.MappingAnalysis.Result;

/**
 * Builds the tables and chart data of the mapping pages from an analysis result; the same tables feed the CSV, XLSX
 * and PDF exports. {@code msg} turns message keys into the user's language.
 */
final class MappingViews {

    private final Result result;
    private final Function<String, String> msg;
    private final Map<String, String> regionNames;
    private final Map<String, String> industryNames;
    private final String base;

    MappingViews(
            Result result,
            Function<String, String> msg,
            Map<String, String> regionNames,
            Map<String, String> industryNames,
            String base) {
        this.result = result;
        this.msg = msg;
        this.regionNames = regionNames;
        this.industryNames = industryNames;
        this.base = base;
    }

    boolean us() {
        return MappingAnalysis.US.equals(result.method());
    }

    String query() {
        return "?year=" + result.year() + "&method=" + result.method();
    }

    String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    String industryName(String code) {
        return industryNames.getOrDefault(code, code);
    }

    String note() {
        return msg.apply("mapping.flags-by") + " " + result.methodLabel();
    }

    private List<String> flagHeaders() {
        if (us()) {
            return List.of(
                    msg.apply("mapping.col.strong"),
                    msg.apply("mapping.col.strong10"),
                    msg.apply("mapping.col.qualifying"),
                    msg.apply("mapping.col.significant"));
        }
        return List.of(msg.apply("mapping.col.stars"), msg.apply("mapping.col.star-names"));
    }

    private void flags(List<Object> row, Cell c) {
        if (us()) {
            boolean t = c.traded();
            row.add(t && c.strong());
            row.add(t && c.strong10());
            row.add(t && c.qualifying());
            row.add(t && c.significant());
        } else {
            row.add((double) c.stars());
            row.add(String.join(", ", c.starNames()));
        }
    }

    private static Double pct(double v) {
        return Double.isFinite(v) ? v * 100 : Double.NaN;
    }

    /** The regions of the cross-section with headline figures. */
    Table regions() {
        List<String> h = new ArrayList<>(List.of(
                msg.apply("mapping.col.region"),
                msg.apply("mapping.col.code"),
                msg.apply("mapping.col.employment"),
                msg.apply(us() ? "mapping.col.strong-count" : "mapping.col.starred-count")));
        if (us()) {
            h.add(msg.apply("mapping.col.cluster-strength"));
        }
        h.add(msg.apply("mapping.col.top"));
        Table t = Table.of(msg.apply("mapping.regions"), note(), h);
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < result.regions().size(); r++) {
            order.add(r);
        }
        order.sort(Comparator.comparing(r -> regionName(result.regions().get(r))));
        for (int r : order) {
            String code = result.regions().get(r);
            int flagged = 0;
            int best = -1;
            for (int i = 0; i < result.industries().size(); i++) {
                Cell c = result.cell(r, i);
                if (c.flagged(result.method()) && c.traded()) {
                    flagged++;
                }
                if (c.traded()
                        && c.employment() > 0
                        && (best < 0 || c.lq() > result.cell(r, best).lq())) {
                    best = i;
                }
            }
            List<Object> row =
                    new ArrayList<>(List.of(regionName(code), code, result.regionTotals()[r], (double) flagged));
            if (us()) {
                row.add(pct(result.clusterStrength()[r]));
            }
            row.add(best < 0 ? "" : industryName(result.industries().get(best)));
            t.add(base + "/regions/" + code + query(), row.toArray());
        }
        return t;
    }

    /** The industries or clusters of the cross-section with how many regions the method flags in each. */
    Table industries() {
        Table t = Table.of(
                msg.apply("mapping.clusters"),
                note(),
                List.of(
                        msg.apply("mapping.col.cluster"),
                        msg.apply("mapping.col.code"),
                        msg.apply("mapping.col.type"),
                        msg.apply("mapping.col.employment"),
                        msg.apply("mapping.col.regions-flagged"),
                        msg.apply("mapping.col.top-region")));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < result.industries().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> industryName(result.industries().get(i))));
        for (int i : order) {
            double total = 0;
            int flagged = 0;
            int best = -1;
            for (int r = 0; r < result.regions().size(); r++) {
                Cell c = result.cell(r, i);
                total += c.employment();
                flagged += c.flagged(result.method()) && (c.traded() || !us()) ? 1 : 0;
                if (c.employment() > 0
                        && (best < 0 || c.lq() > result.cell(best, i).lq())) {
                    best = r;
                }
            }
            String code = result.industries().get(i);
            t.add(
                    base + "/clusters/" + enc(code) + query(),
                    industryName(code),
                    code,
                    type(result.cell(0, i)),
                    total,
                    (double) flagged,
                    best < 0 ? "" : regionName(result.regions().get(best)));
        }
        return t;
    }

    private String type(Cell c) {
        return msg.apply(c.traded() ? "mapping.traded" : "mapping.local");
    }

    /** A region's industries or clusters. */
    Table region(int r) {
        List<String> h = new ArrayList<>(List.of(
                msg.apply("mapping.col.cluster"),
                msg.apply("mapping.col.code"),
                msg.apply("mapping.col.type"),
                msg.apply("mapping.col.employment")));
        if (result.hasEstablishments()) {
            h.add(msg.apply("mapping.col.establishments"));
        }
        h.addAll(List.of(
                msg.apply("mapping.col.lq"),
                msg.apply("mapping.col.region-share"),
                msg.apply("mapping.col.reference-share")));
        if (result.baseYear() > 0) {
            h.add(msg.apply("mapping.col.growth") + " " + result.baseYear() + "\u2013" + result.year());
        }
        h.addAll(flagHeaders());
        Table t = Table.of(regionName(result.regions().get(r)), note(), h);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < result.industries().size(); i++) {
            if (result.cell(r, i).employment() > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> -result.cell(r, i).employment()));
        for (int i : order) {
            Cell c = result.cell(r, i);
            List<Object> row =
                    new ArrayList<>(List.of(industryName(c.industry()), c.industry(), type(c), c.employment()));
            if (result.hasEstablishments()) {
                row.add(c.establishments());
            }
            row.add(c.lq());
            row.add(pct(c.regionShare()));
            row.add(pct(c.referenceShare()));
            if (result.baseYear() > 0) {
                row.add(pct(c.growth()));
            }
            flags(row, c);
            t.add(base + "/clusters/" + enc(c.industry()) + query(), row.toArray());
        }
        return t;
    }

    /** A cluster's regions, most specialised first. */
    Table cluster(int i) {
        List<String> h = new ArrayList<>(List.of(
                msg.apply("mapping.col.region"), msg.apply("mapping.col.code"), msg.apply("mapping.col.employment")));
        if (result.hasEstablishments()) {
            h.add(msg.apply("mapping.col.establishments"));
        }
        h.addAll(List.of(
                msg.apply("mapping.col.lq"),
                msg.apply("mapping.col.region-share"),
                msg.apply("mapping.col.reference-share")));
        if (result.baseYear() > 0) {
            h.add(msg.apply("mapping.col.growth") + " " + result.baseYear() + "\u2013" + result.year());
        }
        h.addAll(flagHeaders());
        Table t = Table.of(industryName(result.industries().get(i)), note(), h);
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < result.regions().size(); r++) {
            if (result.cell(r, i).employment() > 0) {
                order.add(r);
            }
        }
        order.sort(Comparator.comparingDouble(r -> -safe(result.cell(r, i).lq())));
        for (int r : order) {
            Cell c = result.cell(r, i);
            List<Object> row = new ArrayList<>(List.of(regionName(c.region()), c.region(), c.employment()));
            if (result.hasEstablishments()) {
                row.add(c.establishments());
            }
            row.add(c.lq());
            row.add(pct(c.regionShare()));
            row.add(pct(c.referenceShare()));
            if (result.baseYear() > 0) {
                row.add(pct(c.growth()));
            }
            flags(row, c);
            t.add(base + "/regions/" + c.region() + query(), row.toArray());
        }
        return t;
    }

    private static double safe(double v) {
        return Double.isFinite(v) ? v : -1;
    }

    /** LQ of each industry in up to ten regions, with the method's flag marked. */
    Table compare(List<Integer> regions) {
        List<String> h = new ArrayList<>(List.of(msg.apply("mapping.col.cluster"), msg.apply("mapping.col.code")));
        for (int r : regions) {
            h.add(regionName(result.regions().get(r)) + " LQ");
            h.add(regionName(result.regions().get(r)) + " "
                    + msg.apply(us() ? "mapping.col.strong" : "mapping.col.stars"));
        }
        Table t = Table.of(msg.apply("mapping.compare"), note(), h);
        for (int i = 0; i < result.industries().size(); i++) {
            List<Object> row = new ArrayList<>(List.of(
                    industryName(result.industries().get(i)),
                    result.industries().get(i)));
            boolean any = false;
            for (int r : regions) {
                Cell c = result.cell(r, i);
                any |= c.employment() > 0;
                row.add(c.lq());
                if (us()) {
                    row.add(c.traded() && c.strong());
                } else {
                    row.add((double) c.stars());
                }
            }
            if (any) {
                t.add(base + "/clusters/" + enc(result.industries().get(i)) + query(), row.toArray());
            }
        }
        return t;
    }

    /** Heatmap data of the comparison: LQ of each present industry (rows) in each chosen region (columns). */
    Map<String, Object> compareChart(List<Integer> regions) {
        List<String> names = new ArrayList<>();
        List<List<Object>> cells = new ArrayList<>();
        int y = 0;
        for (int i = 0; i < result.industries().size(); i++) {
            boolean any = false;
            for (int r : regions) {
                any |= result.cell(r, i).employment() > 0;
            }
            if (!any) {
                continue;
            }
            names.add(industryName(result.industries().get(i)));
            for (int x = 0; x < regions.size(); x++) {
                double lq = result.cell(regions.get(x), i).lq();
                cells.add(List.of(x, y, Double.isFinite(lq) ? round(lq) : 0));
            }
            y++;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "regions",
                regions.stream().map(r -> regionName(result.regions().get(r))).toList());
        m.put("clusters", names);
        m.put("values", cells);
        m.put("label", msg.apply("mapping.col.lq"));
        return m;
    }

    Table related(List<DiversificationOpportunity> list) {
        Table t = Table.of(
                msg.apply("mapping.related"),
                msg.apply("mapping.related.note"),
                List.of(
                        msg.apply("mapping.col.rank"),
                        msg.apply("mapping.col.cluster"),
                        msg.apply("mapping.col.code"),
                        msg.apply("mapping.col.density")));
        for (DiversificationOpportunity o : list) {
            t.add(
                    base + "/clusters/" + enc(o.industry()) + query(),
                    (double) o.rank(),
                    industryName(o.industry()),
                    o.industry(),
                    o.density());
        }
        return t;
    }

    /** Bubble chart points of a region: x = LQ, y = growth % (or share of the region %), size = employment. */
    Map<String, Object> bubbles(int r) {
        List<List<Object>> points = new ArrayList<>();
        boolean growth = result.baseYear() > 0;
        for (int i = 0; i < result.industries().size(); i++) {
            Cell c = result.cell(r, i);
            if (c.employment() <= 0 || !Double.isFinite(c.lq())) {
                continue;
            }
            double y = growth ? pct(c.growth()) : pct(c.regionShare());
            if (!Double.isFinite(y)) {
                continue;
            }
            points.add(List.of(
                    round(c.lq()),
                    round(y),
                    c.employment(),
                    industryName(c.industry()),
                    c.flagged(result.method()) ? 1 : 0));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", points);
        m.put("x", msg.apply("mapping.col.lq"));
        m.put(
                "y",
                growth
                        ? msg.apply("mapping.col.growth") + " (%/" + msg.apply("mapping.year") + ")"
                        : msg.apply("mapping.col.region-share"));
        m.put("yLine", growth ? 0 : null);
        m.put("flagged", msg.apply(us() ? "mapping.col.strong" : "mapping.col.stars"));
        m.put("other", msg.apply("mapping.other"));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String enc(String code) {
        return java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}

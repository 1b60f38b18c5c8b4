package org.clusterworks.mapping.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.relatedness.CoOccurrence;
import org.clusterworks.analytics.relatedness.DiversificationOpportunity;
import org.clusterworks.analytics.relatedness.DiversificationRanking;
import org.clusterworks.analytics.relatedness.MinimumConditionalProbability;
import org.clusterworks.analytics.relatedness.RelatednessDensity;
import org.clusterworks.analytics.specialisation.Growth;
import org.clusterworks.analytics.strength.ReferenceTotals;
import org.clusterworks.analytics.strength.StarRating;
import org.clusterworks.analytics.strength.StarRule;
import org.clusterworks.analytics.strength.StrengthResult;
import org.clusterworks.analytics.strength.StrengthRules;
import org.clusterworks.analytics.strength.UsClusterMappingStrength;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.dataset.Schemes;
import org.springframework.stereotype.Service;

/**
 * Runs the analytics engine on a dataset: LQ and the U.S. Cluster Mapping strength flags, European Cluster
 * Observatory stars or a saved star rule set, shares, growth, and relatedness of missing industries.
 */
@Service
public class MappingAnalysis {

    public static final String US = "us";
    public static final String ECO = "eco";

    private final PanelCache panels;
    private final DatasetStore store;
    private final Schemes schemes;
    private final StarRuleSets ruleSets;
    private final ClusterDefinitions definitions;
    private final RollUps rollUps;
    private final Map<String, LevelPanel> levelPanels = lru(4);
    private final Map<String, Result> results = lru(4);
    private final Map<String, Trend> trends = lru(4);
    private final Map<String, List<DiversificationOpportunity>> related = lru(4);

    MappingAnalysis(
            PanelCache panels,
            DatasetStore store,
            Schemes schemes,
            StarRuleSets ruleSets,
            ClusterDefinitions definitions,
            RollUps rollUps) {
        this.rollUps = rollUps;
        this.panels = panels;
        this.store = store;
        this.schemes = schemes;
        this.ruleSets = ruleSets;
        this.definitions = definitions;
    }

    /** A small least-recently-used map: results of a stored version never change, so they can be kept. */
    private static <V> Map<String, V> lru(int keep) {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > keep;
            }
        });
    }

    /**
     * The cache key of a computation on a dataset version: versions never change, but a workspace may replace a
     * cluster definition (which decides traded or local), so the definitions' generation is part of the key.
     */
    private String key(Dataset d, Object... parts) {
        StringBuilder k = new StringBuilder().append(d.versionId()).append('|').append(definitions.generation());
        for (Object p : parts) {
            k.append('|').append(p);
        }
        return k.toString();
    }

    /**
     * A cluster's (or industry's) employment and location quotient in every region for every year of a dataset, the
     * same numbers the profile of each year shows.
     *
     * @param employment per year, region x industry, row-major as in {@link Result#cell(int, int)}
     * @param lq per year, location quotients computed as {@link #analyse} does for that year
     */
    public record Trend(
            int[] years, List<String> regions, List<String> industries, double[][] employment, double[][] lq) {

        public double employment(int year, int region, int industry) {
            return employment[year][region * industries.size() + industry];
        }

        public double lq(int year, int region, int industry) {
            return lq[year][region * industries.size() + industry];
        }
    }

    /** The {@link Trend} of a dataset version (kept for the few versions most recently asked for). */
    public Trend trend(long workspaceId, Dataset dataset) {
        String k = key(dataset, "trend");
        Trend t = trends.get(k);
        if (t == null) {
            int[] years = dataset.years().stream().mapToInt(Integer::intValue).toArray();
            double[][] emp = new double[years.length][];
            double[][] lq = new double[years.length][];
            LevelPanel level = levelPanel(workspaceId, dataset, defaultLevel(workspaceId, dataset));
            Panel panel = level.panel();
            String measure = employmentMeasure(dataset);
            boolean hasEst = dataset.measures().contains("establishments");
            List<String> regions = panel.regions();
            List<String> industries = panel.industries();
            boolean[] traded = traded(workspaceId, level, industries);
            for (int y = 0; y < years.length; y++) {
                // the same LQ as analyse() computes for that year (strength rules' LQ, reference totals if any)
                LabelledMatrix e = panel.crossSection(years[y], measure, 0);
                LabelledMatrix n = hasEst ? panel.crossSection(years[y], "establishments", 0) : e;
                ReferenceTotals reference =
                        referenceTotals(workspaceId, dataset, level, years[y], List.of(e.columnCodes()), measure);
                StrengthResult strength = new UsClusterMappingStrength(StrengthRules.usClusterMapping())
                        .evaluate(e, n, traded, reference);
                emp[y] = e.values();
                lq[y] = strength.lq().values();
            }
            t = new Trend(years, regions, industries, emp, lq);
            trends.put(k, t);
        }
        return t;
    }

    /** One region x industry (or cluster) cell of a cross-section. */
    public record Cell(
            String region,
            String industry,
            double employment,
            double establishments,
            double lq,
            double regionShare,
            double referenceShare,
            double growth,
            boolean traded,
            boolean qualifying,
            boolean significant,
            boolean strong,
            boolean strong10,
            int stars,
            List<String> starNames) {

        /** Whether the chosen method marks this cell (strong cluster, or at least one star). */
        public boolean flagged(String method) {
            return US.equals(method) ? strong : stars > 0;
        }
    }

    /**
     * A cross-section of a dataset, all cells computed.
     *
     * @param method {@code us}, {@code eco} or {@code rule:ID}
     * @param methodLabel words naming the method, shown beside every flag
     * @param clusterStrength per region, share of traded employment in strong clusters
     * @param baseYear the earlier year growth is measured from, or 0 when the dataset has one year
     * @param measure the measure used as employment
     * @param level whether the dataset's codes are analysed as stored or rolled up to clusters or subclusters
     * @param scheme the scheme of {@code industries}: the dataset's, or the cluster definition it is rolled up through
     * @param unknownCodes stored industry codes the definition does not know, with their number of stored cells (all
     *     years); their figures are left out of the rolled-up ones
     * @param unknownEmployment the employment of those codes in this year (all regions)
     */
    public record Result(
            Dataset dataset,
            int year,
            String method,
            String methodLabel,
            List<String> starRuleNames,
            List<String> regions,
            List<String> industries,
            Cell[] cells,
            double[] regionTotals,
            double[] clusterStrength,
            int baseYear,
            boolean usedReference,
            String measure,
            boolean hasEstablishments,
            boolean[] present,
            RollUps.Level level,
            String scheme,
            Map<String, Integer> unknownCodes,
            double unknownEmployment) {

        public Cell cell(int r, int i) {
            return cells[r * industries.size() + i];
        }

        public int regionIndex(String code) {
            return regions.indexOf(code);
        }

        public int industryIndex(String code) {
            return industries.indexOf(code);
        }
    }

    /** The measure read as employment: {@code employment} if the dataset has it, else its first measure. */
    public static String employmentMeasure(Dataset d) {
        return d.measures().contains("employment") ? "employment" : d.measures().get(0);
    }

    /**
     * The cross-section of one year computed with one method; the few most recently asked for are kept, so the pages
     * of a large dataset do not recompute it on every load.
     */
    public Result analyse(long workspaceId, Dataset dataset, int year, String method) {
        return analyse(workspaceId, dataset, year, method, defaultLevel(workspaceId, dataset));
    }

    /** As {@link #analyse(long, Dataset, int, String)}, at a chosen level (subclusters need a definition with them). */
    public Result analyse(long workspaceId, Dataset dataset, int year, String method, RollUps.Level level) {
        String m = method != null && (method.startsWith("rule:") || ECO.equals(method)) ? method : US;
        String k = key(dataset, year, m, level);
        Result r = results.get(k);
        if (r == null) {
            r = compute(workspaceId, dataset, year, m, levelPanel(workspaceId, dataset, level));
            results.put(k, r);
        }
        return r;
    }

    /** Clusters when a definition applies to the dataset's industries ({@link RollUps#applicable}), else as stored. */
    public RollUps.Level defaultLevel(long workspaceId, Dataset dataset) {
        return rollUps.applicable(workspaceId, dataset).isPresent() ? RollUps.Level.CLUSTER : RollUps.Level.STORED;
    }

    /** The definition the dataset is rolled up through, if any. */
    public Optional<RollUps.Applied> rollUp(long workspaceId, Dataset dataset) {
        return rollUps.applicable(workspaceId, dataset);
    }

    /**
     * The panel analysed at a level, with the mapping that made it (null as stored) and the stored codes it could not
     * map.
     */
    record LevelPanel(
            RollUps.Level level,
            Panel panel,
            String scheme,
            RollUps.Applied applied,
            org.clusterworks.analytics.panel.CodeMapping mapping,
            Map<String, Integer> unknownCodes) {}

    LevelPanel levelPanel(long workspaceId, Dataset dataset, RollUps.Level level) {
        String k = key(dataset, "panel", level);
        LevelPanel lp = levelPanels.get(k);
        if (lp != null) {
            return lp;
        }
        Panel stored = panels.panel(dataset);
        Optional<RollUps.Applied> applied = rollUps.applicable(workspaceId, dataset);
        if (level == RollUps.Level.STORED) {
            lp = new LevelPanel(level, stored, dataset.industryScheme(), null, null, Map.of());
        } else {
            RollUps.Applied a = applied.orElseThrow(() -> new IllegalArgumentException(
                    "no cluster definition applies to the industry scheme " + dataset.industryScheme()));
            if (level == RollUps.Level.SUBCLUSTER && !a.hasSubclusters()) {
                throw new IllegalArgumentException(
                        "the cluster definition " + a.definition().code() + " has no subclusters");
            }
            var mapping = level == RollUps.Level.SUBCLUSTER
                    ? a.engine().toSubclusters()
                    : a.engine().toClusters();
            var rolled = stored.mapIndustries(mapping);
            RollUps.Applied bridged = rollUps.bridged(
                    a, dataset.industryScheme(), rolled.unknownCodes().keySet());
            if (bridged != a) {
                a = bridged;
                mapping = level == RollUps.Level.SUBCLUSTER
                        ? a.engine().toSubclusters()
                        : a.engine().toClusters();
                rolled = stored.mapIndustries(mapping);
            }
            lp = new LevelPanel(level, rolled.panel(), a.definition().code(), a, mapping, rolled.unknownCodes());
        }
        levelPanels.put(k, lp);
        return lp;
    }

    /** Traded or local per analysed code (a subcluster is what its cluster is). */
    private boolean[] traded(long workspaceId, LevelPanel level, List<String> codes) {
        List<String> clusters = level.level() == RollUps.Level.SUBCLUSTER
                ? codes.stream()
                        .map(org.clusterworks.analytics.classification.ClusterDefinition::clusterOfSubcluster)
                        .toList()
                : codes;
        return schemes.traded(workspaceId, level.scheme(), clusters);
    }

    /** Display names of a result's industries, clusters or subclusters. */
    public Map<String, String> industryNames(long workspaceId, Result r) {
        if (r.level() != RollUps.Level.SUBCLUSTER) {
            return schemes.industryNames(workspaceId, r.scheme(), r.industries());
        }
        RollUps.Applied a = rollUps.applicable(workspaceId, r.dataset()).orElseThrow();
        Map<String, String> out = new java.util.HashMap<>();
        r.industries().forEach(c -> out.put(c, a.subclusterNames().getOrDefault(c, c)));
        return out;
    }

    private Result compute(long workspaceId, Dataset dataset, int year, String method, LevelPanel level) {
        Panel panel = level.panel();
        if (panel.yearIndex(year) < 0) {
            throw new IllegalArgumentException("the dataset has no year " + year + "; it has " + dataset.years());
        }
        String measure = employmentMeasure(dataset);
        boolean hasEst = dataset.measures().contains("establishments");
        LabelledMatrix emp = panel.crossSection(year, measure, 0);
        LabelledMatrix est = hasEst ? panel.crossSection(year, "establishments", 0) : emp;
        List<String> industries = List.of(emp.columnCodes());
        List<String> regions = List.of(emp.rowCodes());
        boolean[] traded = traded(workspaceId, level, industries);
        ReferenceTotals reference = referenceTotals(workspaceId, dataset, level, year, industries, measure);
        StrengthResult strength =
                new UsClusterMappingStrength(StrengthRules.usClusterMapping()).evaluate(emp, est, traded, reference);

        String label;
        List<StarRule> rules;
        if (method != null && method.startsWith("rule:")) {
            long id = Long.parseLong(method.substring(5));
            StarRuleSets.RuleSet set = ruleSets.find(workspaceId, id)
                    .orElseThrow(() -> new IllegalArgumentException("no star rule set " + id));
            rules = set.rules();
            label = "Custom star rules \u201c" + set.name() + "\u201d";
        } else if (ECO.equals(method)) {
            rules = StarRating.europeanClusterObservatory().rules();
            label = "European Cluster Observatory stars (size, specialisation, focus)";
        } else {
            method = US;
            rules = StarRating.europeanClusterObservatory().rules();
            label = "U.S. Cluster Mapping rules (strong, strong10, qualifying, significant)";
        }
        StarRating.Result stars = new StarRating(rules).rate(emp, null);

        int rows = regions.size();
        int cols = industries.size();
        double[] e = emp.values();
        double[] n = est.values();
        double[] rowTotals = new double[rows];
        double[] colTotals = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rowTotals[r] += e[r * cols + c];
                colTotals[c] += e[r * cols + c];
            }
        }
        if (reference != null) {
            colTotals = reference.perCluster();
        }
        int baseYear = 0;
        double[] base = null;
        int[] years = panel.years();
        if (years.length > 1 && years[0] < year) {
            baseYear = years[0];
            base = alignedCrossSection(panel, baseYear, measure, regions, industries);
        }
        boolean[] present = new boolean[rows * cols];
        java.util.Map<String, Integer> ri = new java.util.HashMap<>();
        java.util.Map<String, Integer> ci = new java.util.HashMap<>();
        for (int r = 0; r < rows; r++) {
            ri.put(regions.get(r), r);
        }
        for (int c = 0; c < cols; c++) {
            ci.put(industries.get(c), c);
        }
        int yi = panel.yearIndex(year);
        for (int cell = panel.firstCell(yi); cell < panel.endCell(yi); cell++) {
            Integer r = ri.get(panel.regions().get(panel.regionOf(cell)));
            Integer c = ci.get(panel.industries().get(panel.industryOf(cell)));
            if (r != null && c != null) {
                present[r * cols + c] = true;
            }
        }
        Cell[] cells = new Cell[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                List<String> names = new ArrayList<>();
                for (int s = 0; s < rules.size(); s++) {
                    if (stars.awarded()[s][k]) {
                        names.add(rules.get(s).name());
                    }
                }
                double growth = base == null ? Double.NaN : Growth.cagr(base[k], e[k], year - baseYear);
                cells[k] = new Cell(
                        regions.get(r),
                        industries.get(c),
                        e[k],
                        hasEst ? n[k] : Double.NaN,
                        strength.lq().values()[k],
                        rowTotals[r] > 0 ? e[k] / rowTotals[r] : Double.NaN,
                        colTotals[c] > 0 ? e[k] / colTotals[c] : Double.NaN,
                        growth,
                        traded[c],
                        strength.qualifying()[k],
                        strength.significant()[k],
                        strength.strong()[k],
                        strength.strong10()[k],
                        stars.stars()[k],
                        List.copyOf(names));
            }
        }
        return new Result(
                dataset,
                year,
                method,
                label,
                rules.stream().map(StarRule::name).toList(),
                regions,
                industries,
                cells,
                rowTotals,
                strength.clusterStrength(),
                baseYear,
                reference != null,
                measure,
                hasEst,
                present,
                level.level(),
                level.scheme(),
                level.unknownCodes(),
                unknownEmployment(dataset, level, year, measure));
    }

    /** The employment (all regions) of the stored codes the definition does not know, in one year. */
    private double unknownEmployment(Dataset dataset, LevelPanel level, int year, String measure) {
        if (level.unknownCodes().isEmpty()) {
            return 0;
        }
        LabelledMatrix stored = panels.panel(dataset).crossSection(year, measure, 0);
        double sum = 0;
        for (int c = 0; c < stored.columnCodes().length; c++) {
            if (level.unknownCodes().containsKey(stored.columnCodes()[c])) {
                for (int r = 0; r < stored.rowCodes().length; r++) {
                    sum += stored.get(r, c);
                }
            }
        }
        return sum;
    }

    private static double[] alignedCrossSection(
            Panel panel, int year, String measure, List<String> regions, List<String> industries) {
        LabelledMatrix m = panel.crossSection(year, measure, 0);
        double[] out = new double[regions.size() * industries.size()];
        Arrays.fill(out, Double.NaN);
        Map<String, Integer> rc = new java.util.HashMap<>();
        Map<String, Integer> cc = new java.util.HashMap<>();
        for (int k = 0; k < m.rowCodes().length; k++) {
            rc.put(m.rowCodes()[k], k);
        }
        for (int k = 0; k < m.columnCodes().length; k++) {
            cc.put(m.columnCodes()[k], k);
        }
        int[] cols = new int[industries.size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = cc.getOrDefault(industries.get(c), -1);
        }
        for (int r = 0; r < regions.size(); r++) {
            int rr = rc.getOrDefault(regions.get(r), -1);
            for (int c = 0; c < cols.length && rr >= 0; c++) {
                if (cols[c] >= 0) {
                    out[r * industries.size() + c] = m.get(rr, cols[c]);
                }
            }
        }
        return out;
    }

    /**
     * Reference-area totals as the CLI's {@code --reference} reads them, rolled up like the panel when the dataset is
     * analysed through a cluster definition; null when absent or incomplete (a code analysed, or a stored code that
     * feeds one, without a total in that year).
     */
    ReferenceTotals referenceTotals(
            long workspaceId, Dataset dataset, LevelPanel level, int year, List<String> industries, String measure) {
        if (!dataset.hasReference()) {
            return null;
        }
        int m = dataset.measures().indexOf(measure);
        Map<String, Map<Integer, double[]>> totals =
                store.referenceTotals(dataset.versionId(), dataset.measures().size());
        Map<String, Double> byCode = new java.util.HashMap<>();
        for (Map.Entry<String, Map<Integer, double[]>> e : totals.entrySet()) {
            double[] v = e.getValue().get(year);
            if (v != null && !Double.isNaN(v[m])) {
                byCode.put(e.getKey(), v[m]);
            }
        }
        if (level.mapping() != null) {
            for (String stored : panels.panel(dataset).industries()) {
                if (level.mapping().covers(stored) && !byCode.containsKey(stored)) {
                    return null;
                }
            }
            byCode = level.mapping().sum(byCode);
        }
        double[] per = new double[industries.size()];
        for (int c = 0; c < per.length; c++) {
            Double v = byCode.get(industries.get(c));
            if (v == null) {
                return null;
            }
            per[c] = v;
        }
        List<String> codes = new ArrayList<>(byCode.keySet());
        boolean[] t = traded(workspaceId, level, codes);
        double tradedTotal = 0;
        double localTotal = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (t[i]) {
                tradedTotal += byCode.get(codes.get(i));
            } else {
                localTotal += byCode.get(codes.get(i));
            }
        }
        return new ReferenceTotals(per, tradedTotal, localTotal);
    }

    /** Most related industries a region does not have (RCA below 1), best first; empty when not meaningful. */
    public List<DiversificationOpportunity> related(
            long workspaceId, Dataset dataset, int year, String region, int limit) {
        if (!supportsRelatedness(dataset)) {
            return List.of();
        }
        RollUps.Level level = defaultLevel(workspaceId, dataset);
        List<DiversificationOpportunity> all = related.computeIfAbsent(key(dataset, year, level), k -> {
            Panel panel = levelPanel(workspaceId, dataset, level).panel();
            LabelledMatrix x = panel.crossSection(year, employmentMeasure(dataset), 0);
            PresenceMatrix presence = PresenceRule.atLeast(1).apply(new BalassaRca().compute(x));
            LabelledMatrix proximity =
                    new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(presence));
            LabelledMatrix density = new RelatednessDensity().compute(presence, proximity);
            return List.copyOf(new DiversificationRanking().rank(presence, density));
        });
        return all.stream().filter(o -> o.region().equals(region)).limit(limit).toList();
    }

    /** Relatedness needs enough regions and industries for co-occurrence to mean something. */
    public static boolean supportsRelatedness(Dataset d) {
        return d.regionCount() >= 20 && d.industryCount() >= 30;
    }

    public Optional<Integer> latestYear(Dataset d) {
        return d.years().isEmpty()
                ? Optional.empty()
                : Optional.of(d.years().get(d.years().size() - 1));
    }
}

package org.clusterworks.mapping.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.analytics.strength.StarRule;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.analysis.RollUps;
import org.clusterworks.mapping.analysis.StarRuleSets;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.dataset.Schemes;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.DefinitionTable;
import org.clusterworks.mapping.importing.ImportJobs;
import org.clusterworks.mapping.importing.KnownLayouts;
import org.clusterworks.mapping.importing.RowSource;
import org.clusterworks.reference.Territory;
import org.clusterworks.reference.TerritoryGeometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/** The mapping pages: datasets, import with column mapping and progress, dashboards, exports. */
@Controller
@RequestMapping("/w/{workspace}/mapping")
class MappingPagesController {

    private final DatasetStore store;
    private final Schemes schemes;
    private final MappingAnalysis analysis;
    private final ClusterDefinitions definitions;
    private final StarRuleSets ruleSets;
    private final ImportJobs jobs;
    private final Uploads uploads;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TemplateEngine templates;
    private final ApplicationEventPublisher events;
    private final org.clusterworks.mapping.selection.Selections selections;

    MappingPagesController(
            DatasetStore store,
            Schemes schemes,
            MappingAnalysis analysis,
            ClusterDefinitions definitions,
            StarRuleSets ruleSets,
            ImportJobs jobs,
            Uploads uploads,
            MessageSource messages,
            JsonMapper json,
            TemplateEngine templates,
            ApplicationEventPublisher events,
            org.clusterworks.mapping.selection.Selections selections) {
        this.selections = selections;
        this.store = store;
        this.schemes = schemes;
        this.analysis = analysis;
        this.definitions = definitions;
        this.ruleSets = ruleSets;
        this.jobs = jobs;
        this.uploads = uploads;
        this.messages = messages;
        this.json = json;
        this.templates = templates;
        this.events = events;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String base(CurrentWorkspace ws) {
        return "/w/" + ws.slug() + "/mapping";
    }

    // ---------------------------------------------------------------- overview

    @GetMapping
    String overview(CurrentWorkspace workspace, Model model) {
        model.addAttribute("datasets", store.list(workspace.id()));
        model.addAttribute("definitions", definitions.list(workspace.id()));
        model.addAttribute("ruleSets", ruleSets.list(workspace.id()));
        model.addAttribute("selections", selections.list(workspace.id()));
        model.addAttribute("canAnalyse", workspace.can(Permission.ANALYSE));
        model.addAttribute("base", base(workspace));
        model.addAttribute("metrics", StarRule.Metric.values());
        model.addAttribute("scopes", StarRule.Scope.values());
        model.addAttribute("classifications", schemes.industrySchemes(workspace.id()));
        return "mapping/overview";
    }

    // ---------------------------------------------------------------- import

    @GetMapping("/import")
    String importForm(CurrentWorkspace workspace, @RequestParam(required = false) Long replace, Model model) {
        workspace.require(Permission.ANALYSE);
        model.addAttribute("base", base(workspace));
        model.addAttribute("datasets", store.list(workspace.id()));
        model.addAttribute("replace", replace);
        return "mapping/import";
    }

    @PostMapping("/import")
    String upload(
            CurrentWorkspace workspace,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "reference", required = false) MultipartFile reference,
            @RequestParam(required = false) Long replace) {
        workspace.require(Permission.ANALYSE);
        if (file.isEmpty()) {
            return "redirect:" + base(workspace) + "/import?empty";
        }
        String token = uploads.save(file);
        String ref = reference == null || reference.isEmpty() ? "" : uploads.save(reference);
        return "redirect:" + base(workspace) + "/import/" + token + "?name="
                + MappingViews.enc(file.getOriginalFilename() == null ? token : file.getOriginalFilename())
                + (ref.isEmpty() ? "" : "&reference=" + ref) + (replace == null ? "" : "&replace=" + replace);
    }

    /** The mapping step: detected layout, column choices, preview of the first rows. */
    @GetMapping("/import/{token}")
    String mappingStep(
            CurrentWorkspace workspace,
            @PathVariable String token,
            @RequestParam String name,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) Long replace,
            Model model) {
        workspace.require(Permission.ANALYSE);
        Path file = uploads.path(token);
        if (!Files.exists(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<String> header;
        List<String[]> preview = new ArrayList<>();
        try (RowSource source = RowSource.open(file, token)) {
            header = source.header();
            String[] row;
            while (preview.size() < 15 && (row = source.next()) != null) {
                preview.add(row);
            }
        } catch (IOException | RuntimeException e) {
            model.addAttribute("readError", e.getMessage());
            header = List.of();
        }
        Optional<KnownLayouts.Layout> layout = KnownLayouts.detect(header);
        ColumnMapping proposed = layout.map(KnownLayouts.Layout::mapping).orElse(null);
        Dataset replaced =
                replace == null ? null : store.find(workspace.id(), replace).orElse(null);
        model.addAttribute("base", base(workspace));
        model.addAttribute("token", token);
        model.addAttribute("fileName", name);
        model.addAttribute("reference", reference);
        model.addAttribute("replaced", replaced);
        model.addAttribute("header", header);
        model.addAttribute("preview", preview);
        model.addAttribute("layout", layout.orElse(null));
        model.addAttribute("proposed", proposed);
        model.addAttribute("guess", guess(header, proposed));
        model.addAttribute("regionSchemes", schemes.regionSchemes());
        model.addAttribute("industrySchemes", schemes.industrySchemes(workspace.id()));
        return "mapping/mapping";
    }

    /** Column guesses for files of no known layout: common names for region, industry, year. */
    private static Map<String, String> guess(List<String> header, ColumnMapping proposed) {
        Map<String, String> g = new HashMap<>();
        if (proposed != null) {
            g.put("region", proposed.region());
            g.put("industry", proposed.industry());
            g.put("year", proposed.year());
            g.put("flag", proposed.flag());
            g.put("regionScheme", proposed.regionScheme());
            g.put("industryScheme", proposed.industryScheme());
            g.put(
                    "keep",
                    proposed.keep().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .reduce((a, b) -> a + ";" + b)
                            .orElse(""));
            g.put("industryCodes", proposed.industryCodes());
            g.put("suppression", proposed.suppression());
            g.put(
                    "measures",
                    proposed.measures().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .reduce((a, b) -> a + ";" + b)
                            .orElse(""));
            return g;
        }
        for (String h : header) {
            String l = h.toLowerCase(Locale.ROOT);
            if (l.matches("region|region_code|geo|country|state|state_fips|nuts_code|nuts|area|fips")) {
                g.putIfAbsent("region", h);
            } else if (l.matches(
                    "industry|industry_code|nace|nace_r2|naics|isic|cluster|cluster_code|sector|product")) {
                g.putIfAbsent("industry", h);
            } else if (l.matches("year|time|time_period|period")) {
                g.putIfAbsent("year", h);
            } else if (l.matches("employment|emp|employees|jobs|establishments|est|firms|value|exports|obs_value")) {
                String name = l.startsWith("emp") || l.equals("jobs")
                        ? "employment"
                        : l.startsWith("est") || l.equals("firms") ? "establishments" : l.replaceAll("[^a-z0-9_]", "_");
                g.merge("measures", name + "=" + h, (a, b) -> a + ";" + b);
            }
        }
        return g;
    }

    @PostMapping("/import/{token}")
    String runImport(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String token,
            @RequestParam Map<String, String> form) {
        workspace.require(Permission.ANALYSE);
        Path file = uploads.path(token);
        if (!Files.exists(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String reference = form.getOrDefault("reference", "");
        Map<String, String> measures = pairs(form.get("measures"));
        ColumnMapping mapping = new ColumnMapping(
                form.get("datasetName"),
                form.get("description"),
                form.get("source"),
                form.get("licence"),
                form.get("regionScheme"),
                form.get("industryScheme"),
                form.get("region"),
                form.get("industry"),
                form.get("year"),
                measures,
                form.get("flag"),
                form.get("referenceRegion"),
                pairs(form.get("keep")),
                form.get("industryCodes"),
                form.get("suppression"),
                form.get("replace") == null || form.get("replace").isBlank()
                        ? null
                        : Long.valueOf(form.get("replace")));
        ImportJobs.Job job = jobs.start(
                workspace.id(),
                user.username(),
                file,
                form.getOrDefault("fileName", token),
                mapping,
                reference.isBlank() ? null : uploads.path(reference),
                reference);
        return "redirect:" + base(workspace) + "/jobs/" + job.id;
    }

    /** "a=b;c=d" as an ordered map. */
    static Map<String, String> pairs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;\\n]")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return out;
    }

    @GetMapping("/jobs/{id}")
    String job(CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable String id, Model model) {
        model.addAttribute(
                "job",
                jobs.find(id, workspace.id(), user.username())
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("base", base(workspace));
        return "mapping/job";
    }

    @GetMapping("/jobs/{id}/status")
    String jobStatus(CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable String id, Model model) {
        model.addAttribute(
                "job",
                jobs.find(id, workspace.id(), user.username())
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("base", base(workspace));
        return "mapping/job :: status";
    }

    // ---------------------------------------------------------------- cluster definitions and star rules

    @PostMapping("/definitions")
    String uploadDefinition(
            CurrentWorkspace workspace,
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam String baseScheme,
            @RequestParam("file") MultipartFile file,
            Model model) {
        workspace.require(Permission.ANALYSE);
        List<ClusterDefinitions.Item> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String token = uploads.save(file);
        try {
            DefinitionTable.Parsed parsed = DefinitionTable.read(uploads.path(token), file.getOriginalFilename());
            items.addAll(parsed.items());
            parsed.problems().stream()
                    .limit(200)
                    .forEach(p -> errors.add((p.row() > 0 ? msg("mapping.row") + " " + p.row() + ", " : "")
                            + (p.column().isEmpty() ? "" : p.column() + ": ")
                            + p.message()));
        } catch (IOException e) {
            errors.add(e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(uploads.path(token));
            } catch (IOException ignored) {
                // temporary upload
            }
        }
        if (!code.matches("[a-z0-9][a-z0-9-]{1,62}") || ClusterDefinitions.US_BENCHMARK.equals(code)) {
            errors.add(msg("mapping.definitions.code"));
        }
        if (errors.isEmpty() && !items.isEmpty()) {
            definitions.save(workspace.id(), code, name, baseScheme, items);
            events.publishEvent(new AuditEvent(
                    workspace.id(),
                    AuditEvent.Action.CREATED,
                    "cluster-definition",
                    code,
                    "Cluster definition '" + name + "': " + items.size() + " industry codes"));
            return "redirect:" + base(workspace) + "?definition=" + code;
        }
        model.addAttribute("definitionErrors", errors.isEmpty() ? List.of(msg("mapping.definitions.none")) : errors);
        return overview(workspace, model);
    }

    @PostMapping("/star-rules")
    String saveStarRules(CurrentWorkspace workspace, @RequestParam Map<String, String> form) {
        workspace.require(Permission.ANALYSE);
        List<StarRule> rules = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            String name = form.get("name" + k);
            if (name == null || name.isBlank()) {
                continue;
            }
            rules.add(new StarRule(
                    name.strip(),
                    StarRule.Metric.valueOf(form.get("metric" + k)),
                    StarRule.Scope.valueOf(form.get("scope" + k)),
                    StarRule.Comparison.AT_LEAST,
                    Double.parseDouble(form.get("threshold" + k))));
        }
        if (rules.isEmpty() || form.getOrDefault("setName", "").isBlank()) {
            return "redirect:" + base(workspace) + "?rulesMissing";
        }
        long id = ruleSets.save(workspace.id(), form.get("setName").strip(), rules);
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.CREATED,
                "star-rule-set",
                Long.toString(id),
                "Star rules '" + form.get("setName").strip() + "'"));
        return "redirect:" + base(workspace);
    }

    // ---------------------------------------------------------------- dashboards

    private Dataset dataset(CurrentWorkspace ws, long id) {
        return store.find(ws.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private MappingAnalysis.Result analyse(CurrentWorkspace ws, Dataset d, Integer year, String method) {
        int y = year != null && d.years().contains(year)
                ? year
                : analysis.latestYear(d).orElseThrow();
        try {
            return analysis.analyse(ws.id(), d, y, method == null ? MappingAnalysis.US : method);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private MappingViews views(CurrentWorkspace ws, Dataset d, MappingAnalysis.Result r) {
        return new MappingViews(
                r,
                this::msg,
                schemes.regionNames(d.regionScheme(), r.regions()),
                analysis.industryNames(ws.id(), r),
                base(ws) + "/datasets/" + d.id());
    }

    /** How many unknown industry codes a page names (the API lists them all). */
    private static final int UNKNOWN_LISTED = 30;

    private void common(CurrentWorkspace ws, Dataset d, MappingAnalysis.Result r, Model model) {
        model.addAttribute("base", base(ws));
        model.addAttribute("dsBase", base(ws) + "/datasets/" + d.id());
        model.addAttribute("dataset", d);
        model.addAttribute("result", r);
        model.addAttribute("ruleSets", ruleSets.list(ws.id()));
        model.addAttribute("canAnalyse", ws.can(Permission.ANALYSE));
        model.addAttribute("clusterScheme", schemes.isClusterScheme(ws.id(), r.scheme()));
        model.addAttribute(
                "unknownCells",
                r.unknownCodes().values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("unknownEmployment", Table.show(r.unknownEmployment()));
        model.addAttribute(
                "unknownList",
                r.unknownCodes().entrySet().stream()
                                .limit(UNKNOWN_LISTED)
                                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                .collect(java.util.stream.Collectors.joining(", "))
                        + (r.unknownCodes().size() > UNKNOWN_LISTED ? ", \u2026" : ""));
    }

    @GetMapping("/datasets/{id}")
    String datasetPage(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String method,
            Model model) {
        Dataset d = dataset(workspace, id);
        MappingAnalysis.Result r = analyse(workspace, d, year, method);
        MappingViews v = views(workspace, d, r);
        common(workspace, d, r, model);
        model.addAttribute("versions", store.versions(workspace.id(), id));
        model.addAttribute("regionsTable", v.regions());
        model.addAttribute("clustersTable", v.industries());
        model.addAttribute(
                "regionOptions",
                r.regions().stream()
                        .map(c -> Map.entry(c, v.regionName(c)))
                        .sorted(Map.Entry.comparingByValue())
                        .toList());
        return "mapping/dataset";
    }

    @GetMapping("/datasets/{id}/regions/{code}")
    String regionPage(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String method,
            Model model) {
        Dataset d = dataset(workspace, id);
        MappingAnalysis.Result r = analyse(workspace, d, year, method);
        int ri = r.regionIndex(code);
        if (ri < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        MappingViews v = views(workspace, d, r);
        common(workspace, d, r, model);
        model.addAttribute("code", code);
        model.addAttribute("regionName", v.regionName(code));
        model.addAttribute("table", v.region(ri));
        model.addAttribute("headline", headline(r, ri));
        model.addAttribute("bubbles", json.writeValueAsString(v.bubbles(ri)));
        model.addAttribute(
                "related",
                MappingAnalysis.supportsRelatedness(d)
                        ? v.related(analysis.related(workspace.id(), d, r.year(), code, 10))
                        : null);
        double[] values = new double[r.regions().size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = MappingAnalysis.US.equals(r.method())
                    ? MappingViews.round(r.clusterStrength()[k] * 100)
                    : countFlagged(r, k);
        }
        model.addAttribute(
                "map",
                map(
                        d,
                        r,
                        values,
                        code,
                        msg(MappingAnalysis.US.equals(r.method()) ? "mapping.map.strength" : "mapping.map.starred")));
        if (d.years().size() > 1) {
            MappingAnalysis.Trend t = analysis.trend(workspace.id(), d);
            List<Integer> shown = trendClusters(r, ri, 5);
            model.addAttribute(
                    "trendEmployment",
                    json.writeValueAsString(lines(
                            t,
                            msg("mapping.col.employment"),
                            shown,
                            i -> v.industryName(r.industries().get(i)),
                            i -> y -> t.employment(y, ri, i))));
            model.addAttribute(
                    "trendLq",
                    json.writeValueAsString(lines(
                            t,
                            msg("mapping.col.lq"),
                            shown,
                            i -> v.industryName(r.industries().get(i)),
                            i -> y -> t.lq(y, ri, i))));
        }
        return "mapping/region";
    }

    /** The clusters a region's trend charts follow: its flagged ones, then its largest, by employment. */
    static List<Integer> trendClusters(MappingAnalysis.Result r, int ri, int limit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.industries().size(); i++) {
            if (r.cell(ri, i).employment() > 0) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.<Integer, Boolean>comparing(
                        i -> !r.cell(ri, i).flagged(r.method()))
                .thenComparing(i -> -r.cell(ri, i).employment()));
        return List.copyOf(order.subList(0, Math.min(limit, order.size())));
    }

    /** Line chart data: one series per index, one value per year of the trend (null where not a number). */
    private static Map<String, Object> lines(
            MappingAnalysis.Trend t,
            String label,
            List<Integer> indices,
            java.util.function.IntFunction<String> name,
            java.util.function.IntFunction<java.util.function.IntToDoubleFunction> value) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i : indices) {
            List<Double> values = new ArrayList<>();
            for (int y = 0; y < t.years().length; y++) {
                double x = value.apply(i).applyAsDouble(y);
                values.add(Double.isFinite(x) ? MappingViews.round(x) : null);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", name.apply(i));
            one.put("values", values);
            series.add(one);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("years", java.util.Arrays.stream(t.years()).boxed().toList());
        out.put("name", label);
        out.put("series", series);
        return out;
    }

    private static double countFlagged(MappingAnalysis.Result r, int region) {
        int n = 0;
        for (int i = 0; i < r.industries().size(); i++) {
            n += r.cell(region, i).flagged(r.method()) ? 1 : 0;
        }
        return n;
    }

    private static Map<String, Object> headline(MappingAnalysis.Result r, int ri) {
        Map<String, Object> h = new LinkedHashMap<>();
        double traded = 0;
        int present = 0;
        for (int i = 0; i < r.industries().size(); i++) {
            MappingAnalysis.Cell c = r.cell(ri, i);
            traded += c.traded() ? c.employment() : 0;
            present += c.employment() > 0 ? 1 : 0;
        }
        h.put("total", Table.show(r.regionTotals()[ri]));
        h.put("traded", Table.show(traded));
        h.put("present", present);
        h.put("flagged", (int) countFlagged(r, ri));
        double s = r.clusterStrength()[ri];
        h.put("strength", Double.isFinite(s) ? Table.show(s * 100) + " %" : "\u2013");
        return h;
    }

    /** Choropleth data for the page, or null when the scheme has no shipped geometry. */
    private Map<String, Object> map(
            Dataset d, MappingAnalysis.Result r, double[] values, String highlight, String label) {
        Optional<TerritoryGeometry> geo = schemes.geometry(d.regionScheme(), r.regions());
        if (geo.isEmpty()) {
            return null;
        }
        boolean numeric = "numeric".equals(geo.get().joinOn());
        List<Map<String, Object>> data = new ArrayList<>();
        String highlightKey = null;
        for (int k = 0; k < values.length; k++) {
            String code = r.regions().get(k);
            String key = code;
            if (numeric) {
                key = schemes.territory(d.regionScheme(), code)
                        .map(Territory::numericCode)
                        .orElse(null);
                if (key == null) {
                    continue;
                }
                key = Integer.toString(Integer.parseInt(key));
            }
            if (code.equals(highlight)) {
                highlightKey = key;
            }
            if (Double.isFinite(values[k])) {
                data.add(Map.of("name", key, "value", values[k], "label", code));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("geo", geo.get().path());
        m.put("property", geo.get().featureProperty());
        m.put("attribution", geo.get().attributionKey());
        m.put("data", json.writeValueAsString(data));
        m.put("highlight", highlightKey == null ? "" : highlightKey);
        m.put("label", label);
        return m;
    }

    @GetMapping("/datasets/{id}/clusters/{code}")
    String clusterPage(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String region,
            Model model) {
        Dataset d = dataset(workspace, id);
        MappingAnalysis.Result r = analyse(workspace, d, year, method);
        int ci = r.industryIndex(code);
        if (ci < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        MappingViews v = views(workspace, d, r);
        common(workspace, d, r, model);
        model.addAttribute("code", code);
        model.addAttribute("clusterName", v.industryName(code));
        Table table = v.cluster(ci);
        model.addAttribute("table", table);
        model.addAttribute(
                "top", table.rows().stream().limit(5).map(row -> row.get(0)).toList());
        double[] values = new double[r.regions().size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = MappingViews.round(r.cell(k, ci).lq());
        }
        model.addAttribute("map", map(d, r, values, null, msg("mapping.col.lq")));
        if (d.years().size() > 1) {
            MappingAnalysis.Trend t = analysis.trend(workspace.id(), d);
            List<Double> totals = new ArrayList<>();
            for (int y = 0; y < t.years().length; y++) {
                double sum = 0;
                for (int k = 0; k < t.regions().size(); k++) {
                    sum += t.employment(y, k, ci);
                }
                totals.add(sum);
            }
            model.addAttribute(
                    "series",
                    json.writeValueAsString(Map.of(
                            "years",
                            java.util.Arrays.stream(t.years()).boxed().toList(),
                            "values",
                            totals,
                            "name",
                            msg("mapping.col.employment"))));
            List<Integer> topRegions = new ArrayList<>();
            for (int k = 0; k < r.regions().size(); k++) {
                if (r.cell(k, ci).employment() > 0
                        && Double.isFinite(r.cell(k, ci).lq())) {
                    topRegions.add(k);
                }
            }
            topRegions.sort(
                    java.util.Comparator.comparingDouble(k -> -r.cell(k, ci).lq()));
            model.addAttribute(
                    "lqSeries",
                    json.writeValueAsString(lines(
                            t,
                            msg("mapping.col.lq"),
                            topRegions.subList(0, Math.min(5, topRegions.size())),
                            k -> v.regionName(r.regions().get(k)),
                            k -> y -> t.lq(y, k, ci))));
        }
        model.addAttribute(
                "subclusters",
                definitions
                        .find(workspace.id(), r.scheme())
                        .map(def -> def.subclusters().getOrDefault(code, List.of()))
                        .orElse(List.of()));
        subclusters(workspace, d, r, code, table, region, model);
        return "mapping/cluster";
    }

    /**
     * The measured subclusters of a cluster where the dataset is rolled up through a definition that has them: in the
     * chosen region (default: the cluster's most specialised one), and the strongest regions of each.
     */
    private void subclusters(
            CurrentWorkspace ws,
            Dataset d,
            MappingAnalysis.Result r,
            String code,
            Table clusterTable,
            String region,
            Model model) {
        SubclusterViews s = subclusterViews(ws, d, r, code);
        if (s == null) {
            return;
        }
        MappingAnalysis.Result sub = analysis.analyse(ws.id(), d, r.year(), r.method(), RollUps.Level.SUBCLUSTER);
        int ri = region == null ? -1 : sub.regionIndex(region);
        if (ri < 0 && !clusterTable.rows().isEmpty()) {
            ri = sub.regionIndex((String) clusterTable.rows().get(0).get(1));
        }
        if (ri < 0) {
            return;
        }
        model.addAttribute("subRegion", sub.regions().get(ri));
        model.addAttribute("subRegionTable", s.inRegion(ri));
        model.addAttribute("subChart", json.writeValueAsString(s.chart(ri)));
        model.addAttribute("subStrongest", s.strongest(3));
        model.addAttribute(
                "subRegionOptions",
                clusterTable.rows().stream()
                        .map(row -> Map.entry((String) row.get(1), (String) row.get(0)))
                        .sorted(Map.Entry.comparingByValue())
                        .toList());
    }

    /** The subcluster views of a cluster, or null when the dataset has no subcluster figures for it. */
    private SubclusterViews subclusterViews(CurrentWorkspace ws, Dataset d, MappingAnalysis.Result r, String code) {
        if (r.level() != RollUps.Level.CLUSTER
                || analysis.rollUp(ws.id(), d)
                        .filter(RollUps.Applied::hasSubclusters)
                        .isEmpty()) {
            return null;
        }
        MappingAnalysis.Result sub = analysis.analyse(ws.id(), d, r.year(), r.method(), RollUps.Level.SUBCLUSTER);
        SubclusterViews s = new SubclusterViews(
                sub,
                code,
                this::msg,
                schemes.regionNames(d.regionScheme(), sub.regions()),
                analysis.industryNames(ws.id(), sub));
        return s.any() ? s : null;
    }

    @GetMapping("/datasets/{id}/compare")
    String comparePage(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @RequestParam(name = "r", required = false) List<String> regions,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String method,
            Model model) {
        Dataset d = dataset(workspace, id);
        MappingAnalysis.Result r = analyse(workspace, d, year, method);
        MappingViews v = views(workspace, d, r);
        List<Integer> chosen = chosen(r, regions);
        common(workspace, d, r, model);
        model.addAttribute("table", v.compare(chosen));
        model.addAttribute("heatmap", json.writeValueAsString(v.compareChart(chosen)));
        model.addAttribute(
                "chosen", chosen.stream().map(k -> r.regions().get(k)).toList());
        model.addAttribute(
                "regionOptions",
                r.regions().stream()
                        .map(c -> Map.entry(c, v.regionName(c)))
                        .sorted(Map.Entry.comparingByValue())
                        .toList());
        model.addAttribute("tooMany", regions != null && regions.size() > 10);
        return "mapping/compare";
    }

    private static List<Integer> chosen(MappingAnalysis.Result r, List<String> regions) {
        List<Integer> out = new ArrayList<>();
        if (regions != null) {
            for (String c : regions) {
                int k = r.regionIndex(c);
                if (k >= 0 && !out.contains(k) && out.size() < 10) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    @PostMapping("/datasets/{id}/delete")
    String deleteDataset(CurrentWorkspace workspace, @PathVariable long id) {
        workspace.require(Permission.ANALYSE);
        Dataset d = dataset(workspace, id);
        store.delete(workspace.id(), id);
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.DELETED,
                "dataset",
                Long.toString(id),
                "Dataset '" + d.name() + "' deleted"));
        return "redirect:" + base(workspace);
    }

    // ---------------------------------------------------------------- exports

    @GetMapping("/datasets/{id}/export")
    ResponseEntity<byte[]> export(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @RequestParam String view,
            @RequestParam(required = false) String code,
            @RequestParam(name = "r", required = false) List<String> regions,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String method,
            @RequestParam(defaultValue = "csv") String format) {
        Dataset d = dataset(workspace, id);
        MappingAnalysis.Result r = analyse(workspace, d, year, method);
        MappingViews v = views(workspace, d, r);
        List<Table> tables = switch (view) {
            case "regions" -> List.of(v.regions());
            case "clusters" -> List.of(v.industries());
            case "region" -> {
                int ri = r.regionIndex(code);
                if (ri < 0) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                List<Table> t = new ArrayList<>(List.of(v.region(ri)));
                if (MappingAnalysis.supportsRelatedness(d)) {
                    t.add(v.related(analysis.related(workspace.id(), d, r.year(), code, 10)));
                }
                yield t;
            }
            case "cluster" -> {
                int ci = r.industryIndex(code);
                if (ci < 0) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                yield List.of(v.cluster(ci));
            }
            case "subclusters" -> {
                SubclusterViews s = r.industryIndex(code) < 0 ? null : subclusterViews(workspace, d, r, code);
                if (s == null) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                yield List.of(s.strongest(3), s.all());
            }
            case "compare" -> List.of(v.compare(chosen(r, regions)));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown view " + view);
        };
        if ("pdf".equals(format) && "region".equals(view)) {
            return org.clusterworks.shared.TableExport.file(
                    pdf(d, r, tables, v.regionName(code), PdfCharts.bubbles(v.bubbles(r.regionIndex(code)))),
                    MediaType.APPLICATION_PDF,
                    "region-" + code + "-" + r.year() + ".pdf");
        }
        return org.clusterworks.shared.TableExport.download(
                tables.stream().map(Table::export).toList(),
                "xlsx".equals(format) ? "xlsx" : "csv",
                view + (code == null ? "" : "-" + code) + "-" + r.year());
    }

    private byte[] pdf(Dataset d, MappingAnalysis.Result r, List<Table> tables, String title, String chart) {
        Context ctx = new Context(LocaleContextHolder.getLocale());
        ctx.setVariable("chart", chart);
        ctx.setVariable("dataset", d);
        ctx.setVariable("result", r);
        ctx.setVariable("tables", tables);
        ctx.setVariable("title", title);
        String html = templates.process("mapping/region-pdf", ctx);
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder b = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

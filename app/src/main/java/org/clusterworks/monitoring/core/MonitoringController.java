package org.clusterworks.monitoring.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.Period;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.TrafficLight;
import org.clusterworks.monitoring.logic.Unit;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monitoring pages: overview, a framework with its results chain and dashboard, indicators and their values. */
@Controller
@RequestMapping("/w/{workspace}/monitoring")
class MonitoringController {

    private final MonitoringService service;
    private final Dashboards dashboards;
    private final IndicatorLibrary library;
    private final Views views;
    private final TerritoryMaps maps;

    MonitoringController(
            MonitoringService service,
            Dashboards dashboards,
            IndicatorLibrary library,
            Views views,
            TerritoryMaps maps) {
        this.maps = maps;
        this.service = service;
        this.views = views;
        this.dashboards = dashboards;
        this.library = library;
    }

    private static String to(CurrentWorkspace ws, String path) {
        return "redirect:/w/" + ws.slug() + "/monitoring" + path;
    }

    static String frameworkPath(Framework f) {
        return f.programme() ? "/programme" : "/initiatives/" + f.initiativeId();
    }

    @GetMapping
    String overview(CurrentWorkspace ws, AuthenticatedUser user, Model model) {
        List<InitiativeSummary> visible = service.visibleInitiatives(ws, user);
        Map<Long, Map<TrafficLight, Long>> lights = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (InitiativeSummary i : visible) {
            service.repo().frameworkOf(ws.id(), i.id()).ifPresent(f -> {
                var rows = dashboards.rows(f);
                lights.put(i.id(), Dashboards.lights(rows));
                counts.put(i.id(), rows.size());
            });
        }
        model.addAttribute("initiatives", visible);
        model.addAttribute("lights", lights);
        model.addAttribute("counts", counts);
        model.addAttribute("library", library.entries());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "monitoring/overview";
    }

    @GetMapping("/initiatives/{id}")
    String initiative(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        InitiativeSummary i = service.visibleInitiative(ws, user, id);
        Framework f = service.frameworkOf(ws, i.id());
        return show(ws, user, f, i.name(), model);
    }

    @GetMapping("/programme")
    String programme(CurrentWorkspace ws, AuthenticatedUser user, Model model) {
        ws.require(Permission.VIEW);
        Framework f = service.frameworkOf(ws, null);
        return show(ws, user, f, null, model);
    }

    private String show(CurrentWorkspace ws, AuthenticatedUser user, Framework f, String initiativeName, Model model) {
        var rows = dashboards.rows(f);
        var results = service.repo().results(f.id());
        Map<Level, List<Domain.Result>> byLevel = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            byLevel.put(l, results.stream().filter(r -> r.level() == l).toList());
        }
        Map<Long, List<Indicator>> indicatorsByResult = new HashMap<>();
        for (var r : rows) {
            if (r.indicator().resultId() != null) {
                indicatorsByResult
                        .computeIfAbsent(r.indicator().resultId(), k -> new ArrayList<>())
                        .add(r.indicator());
            }
        }
        model.addAttribute("framework", f);
        model.addAttribute("initiativeName", initiativeName);
        model.addAttribute("results", results);
        Map<Long, String> codes = new HashMap<>();
        results.forEach(r -> codes.put(r.id(), r.code()));
        model.addAttribute("codes", codes);
        model.addAttribute("byLevel", byLevel);
        model.addAttribute("indicatorsByResult", indicatorsByResult);
        model.addAttribute("rows", rows);
        model.addAttribute("lights", Dashboards.lights(rows));
        model.addAttribute("canEdit", service.canEdit(ws, user, f));
        model.addAttribute("canReview", service.canReview(ws, user, f));
        model.addAttribute("queue", service.queue(f));
        model.addAttribute("library", library.entries());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("levels", Level.values());
        model.addAttribute("evaluations", service.repo().evaluations(f.id()));
        model.addAttribute("criteria", Domain.Criterion.values());
        model.addAttribute(
                "endorsement", service.progressReportEndorsement(ws, f).orElse(null));
        model.addAttribute("planChoices", service.planChoices(ws, f));
        model.addAttribute(
                "years",
                f.firstYear() <= f.lastYear()
                        ? java.util.stream.IntStream.rangeClosed(f.firstYear(), f.lastYear())
                                .mapToObj(y -> f.scheme().label(f.scheme().year(y)))
                                .toList()
                        : List.of());
        return "monitoring/framework";
    }

    @PostMapping("/frameworks/{frameworkId}/settings")
    String settings(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String yearStartMonth,
            @RequestParam(required = false) String firstYear,
            @RequestParam(required = false) String lastYear,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        try {
            service.settings(ws, user, frameworkId, yearStartMonth, firstYear, lastYear);
            redirect.addFlashAttribute("success", "monitoring.framework.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return to(ws, frameworkPath(f)) + "#settings";
    }

    @PostMapping("/frameworks/{frameworkId}/results")
    String addResult(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parentId,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String statement,
            @RequestParam(required = false) String assumptions,
            @RequestParam(required = false) String verification,
            @RequestParam(required = false) String planLink,
            @RequestParam(required = false) String planRef,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        try {
            service.addResult(
                    ws,
                    user,
                    frameworkId,
                    level,
                    parentId,
                    code,
                    statement,
                    assumptions,
                    verification,
                    planLink,
                    planRef);
            redirect.addFlashAttribute("success", "monitoring.result.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return to(ws, frameworkPath(f)) + "#chain";
    }

    @PostMapping("/frameworks/{frameworkId}/results/{resultId}/delete")
    String deleteResult(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @PathVariable long resultId,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        service.deleteResult(ws, user, frameworkId, resultId);
        redirect.addFlashAttribute("success", "monitoring.result.deleted");
        return to(ws, frameworkPath(f)) + "#chain";
    }

    @PostMapping("/frameworks/{frameworkId}/library")
    String copyFromLibrary(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(name = "key", required = false) List<String> keys,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        Map<String, String> problems = new LinkedHashMap<>();
        int copied = 0;
        List<IndicatorLibrary.Entry> chosen = library.entries().stream()
                .filter(e -> keys != null && keys.contains(e.key()))
                .sorted(java.util.Comparator.comparing(e -> e.spec().sourceKind() == SourceKind.FORMULA))
                .toList();
        for (var e : chosen) {
            try {
                service.saveIndicator(ws, user, f, null, e.spec());
                copied++;
            } catch (InvalidInput ex) {
                ex.errors().forEach((field, key) -> problems.put(e.spec().code() + ", " + field, key));
            }
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("formErrors", problems);
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        if (copied > 0) {
            redirect.addFlashAttribute("success", "monitoring.library.copied");
        }
        return to(ws, frameworkPath(f)) + "#indicators";
    }

    private void formChoices(Framework f, Model model) {
        model.addAttribute("framework", f);
        model.addAttribute("results", service.repo().results(f.id()));
        model.addAttribute("units", Unit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("accumulations", Accumulation.values());
        model.addAttribute("combines", Combine.values());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("sources", SourceKind.values());
        model.addAttribute("platformMeasures", Computations.PlatformMeasure.values());
        model.addAttribute("diagnosticFigures", DiagnosticBaseline.FIGURES);
    }

    @GetMapping("/frameworks/{frameworkId}/indicators/new")
    String newIndicator(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long frameworkId, Model model) {
        Framework f = service.framework(ws, user, frameworkId, true);
        formChoices(f, model);
        model.addAttribute("form", IndicatorForm.empty());
        model.addAttribute("errors", Map.of());
        return "monitoring/indicator-form";
    }

    @PostMapping("/frameworks/{frameworkId}/indicators")
    String createIndicator(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @ModelAttribute("form") IndicatorForm form,
            Model model,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        try {
            var errors = new InvalidInput.Collector();
            var spec = form.check(errors);
            errors.throwIfAny();
            long id = service.saveIndicator(ws, user, f, null, spec);
            redirect.addFlashAttribute("success", "monitoring.indicator.created");
            return to(ws, "/indicators/" + id);
        } catch (InvalidInput e) {
            formChoices(f, model);
            model.addAttribute("errors", e.errors());
            return "monitoring/indicator-form";
        }
    }

    @GetMapping("/indicators/{id}")
    String indicator(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        var s = service.indicator(ws, user, id, Permission.VIEW, false);
        Framework f = s.framework();
        Indicator i = s.indicator();
        model.addAttribute("framework", f);
        model.addAttribute("indicator", i);
        model.addAttribute("initiativeName", service.initiativeName(ws, f));
        model.addAttribute("frameworkPath", frameworkPath(f));
        model.addAttribute("row", dashboards.row(f, i));
        model.addAttribute("values", service.repo().values(i.id()));
        model.addAttribute("changes", service.repo().changes(i.id()));
        model.addAttribute("canEdit", service.canEdit(ws, user, f));
        model.addAttribute("canReview", service.canReview(ws, user, f));
        model.addAttribute("userId", user.id());
        model.addAttribute(
                "result",
                service.repo().results(f.id()).stream()
                        .filter(r -> r.id() == (i.resultId() == null ? -1 : i.resultId()))
                        .findFirst()
                        .orElse(null));
        List<Period> periods = Computations.periods(f, i.frequency(), java.time.LocalDate.now());
        model.addAttribute("periods", periods);
        model.addAttribute("scheme", f.scheme());
        List<String> disaggregations = new ArrayList<>();
        disaggregations.add("");
        for (Dimension d : i.disaggregations()) {
            switch (d) {
                case HELIX -> {
                    for (var h : org.clusterworks.stakeholders.Helix.values()) {
                        disaggregations.add("HELIX=" + h.name());
                    }
                }
                case SIZE -> {
                    disaggregations.add("SIZE=SME");
                    disaggregations.add("SIZE=LARGE");
                }
                case GENDER -> {
                    for (var g : org.clusterworks.stakeholders.Gender.values()) {
                        disaggregations.add("GENDER=" + g.name());
                    }
                }
                case TERRITORY -> {}
            }
        }
        model.addAttribute("disaggregationChoices", disaggregations);
        Map<String, Double> targets = new LinkedHashMap<>();
        for (int y = f.firstYear(); y <= f.lastYear(); y++) {
            targets.put(f.scheme().year(y).key(), null);
        }
        service.repo().targets(i.id()).forEach(t -> targets.put(t.period(), t.target()));
        model.addAttribute("targets", targets);
        return "monitoring/indicator";
    }

    @GetMapping("/indicators/{id}/edit")
    String editIndicator(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, true);
        formChoices(s.framework(), model);
        model.addAttribute("indicator", s.indicator());
        model.addAttribute("form", IndicatorForm.of(s.indicator()));
        model.addAttribute("errors", Map.of());
        return "monitoring/indicator-form";
    }

    @PostMapping("/indicators/{id}")
    String updateIndicator(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @ModelAttribute("form") IndicatorForm form,
            Model model,
            RedirectAttributes redirect) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, true);
        try {
            var errors = new InvalidInput.Collector();
            var spec = form.check(errors);
            errors.throwIfAny();
            service.saveIndicator(ws, user, s.framework(), id, spec);
            redirect.addFlashAttribute("success", "monitoring.indicator.saved");
            return to(ws, "/indicators/" + id);
        } catch (InvalidInput e) {
            formChoices(s.framework(), model);
            model.addAttribute("indicator", s.indicator());
            model.addAttribute("errors", e.errors());
            return "monitoring/indicator-form";
        }
    }

    @PostMapping("/indicators/{id}/targets")
    String targets(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, true);
        Map<String, String> byPeriod = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("target-")) {
                byPeriod.put(k.substring("target-".length()), v);
            }
        });
        try {
            service.setTargets(ws, user, s, byPeriod);
            redirect.addFlashAttribute("success", "monitoring.targets.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return to(ws, "/indicators/" + id) + "#targets";
    }

    @PostMapping("/indicators/{id}/values")
    String enterValue(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String disaggregation,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String evidence,
            RedirectAttributes redirect) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, true);
        try {
            service.enter(ws, user, s, new MonitoringService.ValueInput(period, disaggregation, value, evidence));
            redirect.addFlashAttribute("success", "monitoring.value.submitted");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return to(ws, "/indicators/" + id) + "#values";
    }

    @PostMapping("/indicators/{id}/values/{valueId}/review")
    String review(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long valueId,
            @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, false);
        try {
            service.review(ws, user, s, valueId, approve, comment);
            redirect.addFlashAttribute("success", approve ? "monitoring.value.approved" : "monitoring.value.returned");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return to(ws, "/indicators/" + id) + "#values";
    }

    @PostMapping("/indicators/{id}/compute")
    String compute(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, true);
        service.computations().recomputeAll(s.framework(), user.username());
        redirect.addFlashAttribute("success", "monitoring.value.recomputed");
        return to(ws, "/indicators/" + id) + "#values";
    }

    /** Recomputes every computed indicator of the framework now (pages only read the stored values). */
    @PostMapping("/frameworks/{frameworkId}/compute")
    String computeFramework(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        service.computations().recomputeAll(f, user.username());
        redirect.addFlashAttribute("success", "monitoring.value.recomputed");
        return "dashboard".equals(back)
                ? to(ws, "/frameworks/" + f.id() + "/dashboard")
                : to(ws, frameworkPath(f)) + "#indicators";
    }

    @GetMapping("/frameworks/{frameworkId}/dashboard")
    String dashboard(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long frameworkId, Model model) {
        Framework f = service.framework(ws, user, frameworkId, false);
        var rows = dashboards.rows(f);
        model.addAttribute("framework", f);
        model.addAttribute("initiativeName", service.initiativeName(ws, f));
        model.addAttribute("frameworkPath", frameworkPath(f));
        model.addAttribute("rows", rows);
        model.addAttribute("lights", Dashboards.lights(rows));
        model.addAttribute("canEdit", service.canEdit(ws, user, f));
        Map<Long, String> labels = new HashMap<>();
        Map<Long, String> values = new HashMap<>();
        Map<Long, TerritoryMaps.MapData> territoryMaps = new HashMap<>();
        for (var r : rows) {
            labels.put(r.indicator().id(), views.breakdownLabels(r.latestBreakdown()));
            values.put(r.indicator().id(), views.breakdownValues(r.latestBreakdown()));
            maps.of(r.latestBreakdown())
                    .ifPresent(m -> territoryMaps.put(r.indicator().id(), m));
        }
        model.addAttribute("maps", territoryMaps);
        model.addAttribute("breakdownLabels", labels);
        model.addAttribute("breakdownValues", values);
        return "monitoring/dashboard";
    }

    /** Chart data of the dashboard: per indicator, years with actual and target, and the latest breakdown. */
    @GetMapping("/frameworks/{frameworkId}/dashboard.json")
    @ResponseBody
    List<Map<String, Object>> dashboardData(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long frameworkId) {
        Framework f = service.framework(ws, user, frameworkId, false);
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> out = new ArrayList<>();
        for (var r : dashboards.rows(f)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.indicator().id());
            m.put("code", r.indicator().code());
            m.put("name", r.indicator().name(locale));
            m.put("years", r.years().stream().map(Dashboards.Cell::label).toList());
            m.put("actual", r.years().stream().map(Dashboards.Cell::actual).toList());
            m.put("target", r.years().stream().map(Dashboards.Cell::target).toList());
            Map<String, Double> breakdown = new LinkedHashMap<>();
            r.latestBreakdown().forEach((k, v) -> breakdown.put(views.disaggregation(k), v));
            m.put("breakdown", breakdown);
            m.put("latest", r.latest() == null ? null : r.latest().label());
            out.add(m);
        }
        return out;
    }
}

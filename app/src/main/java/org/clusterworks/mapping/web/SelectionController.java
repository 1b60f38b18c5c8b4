package org.clusterworks.mapping.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.selection.AhpWeights;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.dataset.Schemes;
import org.clusterworks.mapping.selection.SelectionStarter;
import org.clusterworks.mapping.selection.Selections;
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
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/** Cluster selection exercises: candidates, criteria and weights, stakeholder scores, ranking, decision, memo. */
@Controller
@RequestMapping("/w/{workspace}/mapping/selections")
class SelectionController {

    private final Selections selections;
    private final SelectionStarter starter;
    private final DatasetStore store;
    private final MappingAnalysis analysis;
    private final Schemes schemes;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TemplateEngine templates;
    private final ApplicationEventPublisher events;

    SelectionController(
            Selections selections,
            SelectionStarter starter,
            DatasetStore store,
            MappingAnalysis analysis,
            Schemes schemes,
            MessageSource messages,
            JsonMapper json,
            TemplateEngine templates,
            ApplicationEventPublisher events) {
        this.selections = selections;
        this.starter = starter;
        this.store = store;
        this.analysis = analysis;
        this.schemes = schemes;
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

    /** Starts an exercise from a region profile: the region's flagged clusters (or its 8 most specialised). */
    @PostMapping
    String create(
            CurrentWorkspace workspace,
            @RequestParam long dataset,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(defaultValue = "us") String method) {
        workspace.require(Permission.ANALYSE);
        Dataset d = store.find(workspace.id(), dataset)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SelectionStarter.Started started;
        try {
            started = starter.start(workspace.id(), d, region, year, method, null, this::msg);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        long id = started.id();
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.CREATED,
                "cluster-selection",
                Long.toString(id),
                "Selection exercise for " + started.regionName() + " with " + started.candidates() + " candidates"));
        return "redirect:" + base(workspace) + "/selections/" + id;
    }

    /** The sum of the criteria's weights, so pages show each as a share (weights are stored unnormalised). */
    static double weightTotal(List<Selections.Criterion> criteria) {
        double t = criteria.stream().mapToDouble(Selections.Criterion::weight).sum();
        return t > 0 ? t : 1;
    }

    private Selections.Selection selection(CurrentWorkspace ws, long id) {
        return selections.find(ws.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}")
    String page(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Double cr,
            Model model) {
        model.addAttribute("cr", cr);
        Selections.Selection s = selection(workspace, id);
        Selections.Ranking ranking = selections.rank(id);
        List<Selections.Criterion> criteria = selections.criteria(id);
        Map<String, Integer> mine = new LinkedHashMap<>();
        Map<String, String> myNotes = new LinkedHashMap<>();
        for (Selections.Score sc : selections.scores(id)) {
            if (sc.scorer().equals(user.username())) {
                mine.put(sc.candidate() + "|" + sc.criterion(), sc.score());
                myNotes.put(sc.candidate() + "|" + sc.criterion(), sc.note());
            }
        }
        model.addAttribute("base", base(workspace));
        model.addAttribute("selection", s);
        model.addAttribute("candidates", selections.candidates(id));
        model.addAttribute("criteria", criteria);
        model.addAttribute("weightTotal", weightTotal(criteria));
        model.addAttribute("ranking", ranking);
        model.addAttribute("scores", selections.scores(id));
        model.addAttribute("mine", mine);
        model.addAttribute("myNotes", myNotes);
        model.addAttribute("canAnalyse", workspace.can(Permission.ANALYSE));
        model.addAttribute("canScore", workspace.can(Permission.CONTRIBUTE) || workspace.can(Permission.ANALYSE));
        model.addAttribute("canDecide", workspace.can(Permission.MANAGE_PROGRAMME));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            for (int j = i + 1; j < criteria.size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        model.addAttribute("pairs", pairs);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "names", ranking.rows().stream().map(r -> r.candidate().name()).toList());
        chart.put(
                "values",
                ranking.rows().stream()
                        .map(r -> Math.round(r.topK() * 1000) / 10.0)
                        .toList());
        chart.put(
                "label",
                messages.getMessage("mapping.sel.topk", new Object[] {ranking.k()}, LocaleContextHolder.getLocale()));
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "mapping/selection";
    }

    @PostMapping("/{id}/candidates")
    String addCandidate(
            CurrentWorkspace workspace, @PathVariable long id, @RequestParam String code, @RequestParam String name) {
        workspace.require(Permission.ANALYSE);
        selection(workspace, id);
        if (!code.isBlank()
                && selections.candidates(id).stream().noneMatch(c -> c.code().equals(code.strip()))) {
            selections.addCandidate(
                    id,
                    new Selections.Candidate(
                            code.strip(), name.isBlank() ? code.strip() : name.strip(), null, null, null, null));
        }
        return "redirect:" + base(workspace) + "/selections/" + id;
    }

    @PostMapping("/{id}/weights")
    String weights(CurrentWorkspace workspace, @PathVariable long id, @RequestParam Map<String, String> form) {
        workspace.require(Permission.ANALYSE);
        selection(workspace, id);
        List<Selections.Criterion> cs = selections.criteria(id);
        double[] w = new double[cs.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.max(0, parse(form.get("w" + cs.get(k).no()), 0));
        }
        if (java.util.Arrays.stream(w).sum() > 0) {
            selections.setWeights(id, w);
        }
        return "redirect:" + base(workspace) + "/selections/" + id;
    }

    @PostMapping("/{id}/ahp")
    String ahp(CurrentWorkspace workspace, @PathVariable long id, @RequestParam Map<String, String> form) {
        workspace.require(Permission.ANALYSE);
        selection(workspace, id);
        int n = selections.criteria(id).size();
        List<Double> upper = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                upper.add(parse(form.get("a" + i + "_" + j), 1));
            }
        }
        AhpWeights.Result r = selections.ahp(
                id, upper.stream().mapToDouble(Double::doubleValue).toArray());
        return "redirect:" + base(workspace) + "/selections/" + id + "?cr="
                + Math.round(r.consistencyRatio() * 1000) / 1000.0;
    }

    private static double parse(String s, double fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        s = s.strip();
        if (s.startsWith("1/")) {
            return 1 / Double.parseDouble(s.substring(2));
        }
        return Double.parseDouble(s);
    }

    @PostMapping("/{id}/scores")
    String scores(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form) {
        if (!workspace.can(Permission.CONTRIBUTE) && !workspace.can(Permission.ANALYSE)) {
            workspace.require(Permission.ANALYSE);
        }
        selection(workspace, id);
        for (Selections.Candidate c : selections.candidates(id)) {
            for (Selections.Criterion k : selections.criteria(id)) {
                if (!k.qualitative()) {
                    continue;
                }
                String v = form.get("s|" + c.code() + "|" + k.no());
                if (v != null && v.matches("[1-5]")) {
                    selections.saveScore(
                            id,
                            user.username(),
                            c.code(),
                            k.no(),
                            Integer.parseInt(v),
                            form.get("n|" + c.code() + "|" + k.no()));
                }
            }
        }
        return "redirect:" + base(workspace) + "/selections/" + id;
    }

    @PostMapping("/{id}/decision")
    String decide(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(name = "chosen", required = false) List<String> chosen,
            @RequestParam String rationale) {
        workspace.require(Permission.MANAGE_PROGRAMME);
        Selections.Selection s = selection(workspace, id);
        Map<String, String> names = new LinkedHashMap<>();
        selections.candidates(id).forEach(c -> names.put(c.code(), c.name()));
        String decision = chosen == null
                ? ""
                : String.join(
                        "; ", chosen.stream().map(c -> names.getOrDefault(c, c)).toList());
        selections.decide(id, decision, rationale, user.username());
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.CHANGED,
                "cluster-selection",
                Long.toString(id),
                "Decision on '" + s.name() + "': " + decision));
        return "redirect:" + base(workspace) + "/selections/" + id;
    }

    @GetMapping("/{id}/memo.pdf")
    ResponseEntity<byte[]> memo(CurrentWorkspace workspace, @PathVariable long id) {
        Selections.Selection s = selection(workspace, id);
        Context ctx = new Context(LocaleContextHolder.getLocale());
        ctx.setVariable("selection", s);
        ctx.setVariable("criteria", selections.criteria(id));
        ctx.setVariable("weightTotal", weightTotal(selections.criteria(id)));
        ctx.setVariable("ranking", selections.rank(id));
        ctx.setVariable("workspace", workspace.name());
        String html = templates.process("mapping/selection-memo", ctx);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder b = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return org.clusterworks.shared.TableExport.file(
                    out.toByteArray(), MediaType.APPLICATION_PDF, "selection-memo-" + id + ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

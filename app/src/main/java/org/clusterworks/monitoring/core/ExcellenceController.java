package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.monitoring.core.ExcellenceRepository.Assessment;
import org.clusterworks.monitoring.core.ExcellenceRepository.Score;
import org.clusterworks.monitoring.logic.ExcellenceScore;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cluster management excellence self-assessment of an initiative's cluster organisation: assessments scored
 * per indicator with evidence, scores per area and overall, gaps and readiness ({@link ExcellenceScore}), repeated
 * assessments side by side, and the labels held with their validity. Changed by whoever may edit the initiative.
 */
@Controller
@RequestMapping("/w/{workspace}/monitoring/initiatives/{initiativeId}/excellence")
class ExcellenceController {

    private final MonitoringService service;
    private final ExcellenceRepository repo;
    private final ExcellenceCatalogue catalogue;
    private final ApplicationEventPublisher events;

    ExcellenceController(
            MonitoringService service,
            ExcellenceRepository repo,
            ExcellenceCatalogue catalogue,
            ApplicationEventPublisher events) {
        this.service = service;
        this.repo = repo;
        this.catalogue = catalogue;
        this.events = events;
    }

    /** Whether the user may edit the initiative (the initiatives module's rule). */
    static boolean canEdit(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        return ws.can(Permission.MANAGE_PROGRAMME)
                || (ws.can(Permission.MANAGE_INITIATIVES)
                        && i.managerUserId() != null
                        && i.managerUserId() == user.id());
    }

    private InitiativeSummary editable(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId) {
        ws.require(Permission.MANAGE_INITIATIVES);
        InitiativeSummary i = service.visibleInitiative(ws, user, initiativeId);
        if (!canEdit(ws, user, i)) {
            throw new AccessDeniedException("User " + user.username() + " may not edit initiative " + i.id());
        }
        return i;
    }

    private static String base(CurrentWorkspace ws, long initiativeId) {
        return "/w/" + ws.slug() + "/monitoring/initiatives/" + initiativeId + "/excellence";
    }

    private ExcellenceScore.Result result(Assessment a) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        repo.scores(a.id()).forEach((code, s) -> scores.put(code, s.score()));
        return ExcellenceScore.of(catalogue.codesByArea(), scores, a.threshold());
    }

    private void common(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i, Model model) {
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", canEdit(ws, user, i));
        model.addAttribute("areas", catalogue.areas());
        model.addAttribute("scale", catalogue.scale());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("base", base(ws, i.id()));
    }

    @GetMapping
    String overview(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long initiativeId, Model model) {
        InitiativeSummary i = service.visibleInitiative(ws, user, initiativeId);
        common(ws, user, i, model);
        List<Assessment> all = repo.assessments(ws.id(), i.id());
        Map<Long, ExcellenceScore.Result> results = new LinkedHashMap<>();
        all.forEach(a -> results.put(a.id(), result(a)));
        model.addAttribute("assessments", all);
        model.addAttribute("results", results);
        model.addAttribute("labels", repo.labels(ws.id(), i.id()));
        model.addAttribute("today", LocalDate.now());
        return "monitoring/excellence";
    }

    /** Starts an assessment, from the scores and evidence of the latest one when there is one. */
    @PostMapping
    @Transactional
    String create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long initiativeId,
            @RequestParam(required = false) String assessedOn,
            @RequestParam(required = false) String threshold,
            RedirectAttributes redirect) {
        InitiativeSummary i = editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        LocalDate on = FormFields.date("assessedOn", assessedOn, true, errors);
        Integer t = FormFields.integer("threshold", threshold, 0, 100, errors);
        if (t == null && !errors.has("threshold")) {
            errors.add("threshold", "input.required");
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("formErrors", errors.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
            return "redirect:" + base(ws, i.id());
        }
        List<Assessment> before = repo.assessments(ws.id(), i.id());
        long id = repo.insert(ws.id(), i.id(), on, t, null, user.username());
        if (!before.isEmpty()) {
            repo.replaceScores(
                    id,
                    List.copyOf(repo.scores(before.get(before.size() - 1).id()).values()));
        }
        audit(ws, AuditEvent.Action.CREATED, id, "excellence self-assessment of " + i.name() + " on " + on);
        return "redirect:" + base(ws, i.id()) + "/" + id;
    }

    @GetMapping("/{assessmentId}")
    String assessment(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long initiativeId,
            @PathVariable long assessmentId,
            Model model) {
        InitiativeSummary i = service.visibleInitiative(ws, user, initiativeId);
        Assessment a = repo.assessment(ws.id(), i.id(), assessmentId)
                .orElseThrow(() -> MonitoringService.notFound("assessment " + assessmentId));
        common(ws, user, i, model);
        model.addAttribute("assessment", a);
        model.addAttribute("scores", repo.scores(a.id()));
        model.addAttribute("result", result(a));
        return "monitoring/excellence-assessment";
    }

    /** Saves every indicator's score (0-4) and evidence, the date and the threshold: all or nothing. */
    @PostMapping("/{assessmentId}")
    @Transactional
    String save(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long initiativeId,
            @PathVariable long assessmentId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        InitiativeSummary i = editable(ws, user, initiativeId);
        Assessment a = repo.assessment(ws.id(), i.id(), assessmentId)
                .orElseThrow(() -> MonitoringService.notFound("assessment " + assessmentId));
        var errors = new InvalidInput.Collector();
        LocalDate on = FormFields.date("assessedOn", params.get("assessedOn"), true, errors);
        Integer t = FormFields.integer("threshold", params.get("threshold"), 0, 100, errors);
        String note = FormFields.optional("note", params.get("note"), 2000, errors);
        List<Score> scores = new ArrayList<>();
        for (String code : catalogue.codes()) {
            String field = "score " + code;
            Integer s = FormFields.integer(field, params.get("score_" + code), 0, ExcellenceScore.MAX, errors);
            String evidence = FormFields.optional("evidence " + code, params.get("evidence_" + code), 2000, errors);
            if (s == null && !errors.has(field)) {
                errors.add(field, "input.required");
            }
            if (s != null) {
                scores.add(new Score(code, s, evidence));
            }
        }
        if (t == null && !errors.has("threshold")) {
            errors.add("threshold", "input.required");
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("formErrors", errors.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
            return "redirect:" + base(ws, i.id()) + "/" + a.id();
        }
        repo.updateHeader(a.id(), on, t, note);
        repo.replaceScores(a.id(), scores);
        audit(ws, AuditEvent.Action.CHANGED, a.id(), "excellence self-assessment of " + i.name() + " on " + on);
        redirect.addFlashAttribute("success", "monitoring.excellence.saved");
        return "redirect:" + base(ws, i.id()) + "/" + a.id();
    }

    @PostMapping("/labels")
    String addLabel(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long initiativeId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validTo,
            RedirectAttributes redirect) {
        InitiativeSummary i = editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        String n = FormFields.required("name", name, 200, errors);
        String l = FormFields.optional("level", level, 100, errors);
        LocalDate from = FormFields.date("validFrom", validFrom, true, errors);
        LocalDate to = FormFields.date("validTo", validTo, true, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("validTo", "monitoring.excellence.label-dates");
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("formErrors", errors.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        } else {
            repo.insertLabel(ws.id(), i.id(), n, l, from, to);
            audit(ws, AuditEvent.Action.CREATED, i.id(), "label " + n + " held by " + i.name());
            redirect.addFlashAttribute("success", "monitoring.excellence.label-saved");
        }
        return "redirect:" + base(ws, i.id()) + "#labels";
    }

    @PostMapping("/labels/{labelId}/delete")
    String deleteLabel(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long initiativeId, @PathVariable long labelId) {
        InitiativeSummary i = editable(ws, user, initiativeId);
        if (repo.deleteLabel(ws.id(), i.id(), labelId) == 0) {
            throw MonitoringService.notFound("label " + labelId);
        }
        audit(ws, AuditEvent.Action.DELETED, i.id(), "label " + labelId);
        return "redirect:" + base(ws, i.id()) + "#labels";
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action a, long id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), a, "monitoring-excellence", Long.toString(id), summary));
    }
}

package org.clusterworks.monitoring.core;

import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.monitoring.core.Domain.Criterion;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evaluation of a framework: its questions by OECD DAC criterion, and the difference-in-differences helper. */
@Controller
@RequestMapping("/w/{workspace}/monitoring/frameworks/{frameworkId}")
class MonitoringEvaluationController {

    private final MonitoringService service;
    private final ComparisonGroups comparison;
    private final MappingComparison mapping;
    private final ApplicationEventPublisher events;

    MonitoringEvaluationController(
            MonitoringService service,
            ComparisonGroups comparison,
            MappingComparison mapping,
            ApplicationEventPublisher events) {
        this.service = service;
        this.comparison = comparison;
        this.mapping = mapping;
        this.events = events;
    }

    private static String back(CurrentWorkspace ws, Framework f) {
        return "redirect:/w/" + ws.slug() + "/monitoring" + MonitoringController.frameworkPath(f) + "#evaluation";
    }

    /** A checked question: criterion, question (required, 1000) and finding (optional, 4000). */
    private record Question(Criterion criterion, String question, String finding) {

        static Question check(String criterion, String question, String finding) {
            var errors = new InvalidInput.Collector();
            Criterion c = FormFields.choice("criterion", criterion, Criterion.class, null, errors);
            String q = FormFields.required("question", question, 1000, errors);
            String fi = FormFields.optional("finding", finding, 4000, errors);
            errors.throwIfAny();
            return new Question(c, q, fi);
        }
    }

    @PostMapping("/evaluations")
    String add(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String criterion,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String finding,
            RedirectAttributes redirect) {
        return save(ws, user, frameworkId, null, criterion, question, finding, redirect);
    }

    @PostMapping("/evaluations/{evaluationId}")
    String edit(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @PathVariable long evaluationId,
            @RequestParam(required = false) String criterion,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String finding,
            RedirectAttributes redirect) {
        return save(ws, user, frameworkId, evaluationId, criterion, question, finding, redirect);
    }

    /** Adds a question ({@code evaluationId} null) or changes one; problems go back to the framework page. */
    private String save(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long frameworkId,
            Long evaluationId,
            String criterion,
            String question,
            String finding,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        try {
            Question q = Question.check(criterion, question, finding);
            if (evaluationId == null) {
                service.repo().insertEvaluation(f.id(), q.criterion(), q.question(), q.finding());
            } else if (service.repo().updateEvaluation(f.id(), evaluationId, q.criterion(), q.question(), q.finding())
                    == 0) {
                throw MonitoringService.notFound("evaluation question " + evaluationId);
            }
            var action = evaluationId == null ? AuditEvent.Action.CREATED : AuditEvent.Action.CHANGED;
            audit(ws, action, f, q.criterion() + " " + q.question());
            redirect.addFlashAttribute("success", "monitoring.evaluation.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return back(ws, f);
    }

    @PostMapping("/evaluations/{evaluationId}/delete")
    String delete(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @PathVariable long evaluationId,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        if (service.repo().deleteEvaluation(f.id(), evaluationId) == 0) {
            throw MonitoringService.notFound("evaluation question " + evaluationId);
        }
        audit(ws, AuditEvent.Action.DELETED, f, "question " + evaluationId);
        redirect.addFlashAttribute("success", "monitoring.evaluation.deleted");
        return back(ws, f);
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action a, Framework f, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), a, "monitoring-evaluation", Long.toString(f.id()), summary));
    }

    /** The difference-in-differences helper on the initiative's survey rounds (a form, then the estimate). */
    @GetMapping("/did")
    String did(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String question,
            Model model) {
        Framework f = service.framework(ws, user, frameworkId, false);
        var rounds = comparison.rounds(f);
        model.addAttribute("framework", f);
        model.addAttribute("initiativeName", service.initiativeName(ws, f));
        model.addAttribute("frameworkPath", MonitoringController.frameworkPath(f));
        model.addAttribute("rounds", rounds);
        model.addAttribute("questions", comparison.numericQuestions(f, rounds));
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("question", question);
        model.addAttribute("errors", Map.of());
        model.addAttribute("mapping", mapping.choices(ws.id(), null));
        if (before != null || after != null || question != null) {
            try {
                model.addAttribute("outcome", comparison.compute(f, before, after, question));
            } catch (InvalidInput e) {
                model.addAttribute("errors", e.errors());
            }
        }
        return "monitoring/did";
    }

    /** The helper on entered values ({@code group,time,value} lines): a computation, nothing is stored. */
    @PostMapping("/did")
    String didEntered(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String values,
            @RequestParam(required = false) String measure,
            Model model) {
        did(ws, user, frameworkId, null, null, null, model);
        model.addAttribute("values", values);
        model.addAttribute("measure", measure);
        try {
            model.addAttribute("outcome", comparison.entered(values, measure));
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
        }
        return "monitoring/did";
    }

    /** The helper on mapping data: supported regions against comparison regions chosen by the user, two years. */
    @GetMapping("/did/mapping")
    String didMapping(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String figure,
            @RequestParam(required = false) List<String> supported,
            @RequestParam(required = false) List<String> comparison,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model) {
        did(ws, user, frameworkId, null, null, null, model);
        model.addAttribute("mapping", mapping.choices(ws.id(), dataset));
        model.addAttribute("mappingForm", true);
        model.addAttribute("industry", industry);
        model.addAttribute("figure", figure);
        model.addAttribute("supported", supported == null ? List.of() : supported);
        model.addAttribute("comparisonRegions", comparison == null ? List.of() : comparison);
        model.addAttribute("yearBefore", before);
        model.addAttribute("yearAfter", after);
        if (industry != null || supported != null || comparison != null) {
            try {
                var o = mapping.compute(ws.id(), dataset, industry, figure, supported, comparison, before, after);
                model.addAttribute("mappingOutcome", o);
                model.addAttribute(
                        "outcome",
                        new ComparisonGroups.Outcome(o.before(), o.after(), o.measure(), null, o.estimate(), 0, 0));
            } catch (InvalidInput e) {
                model.addAttribute("errors", e.errors());
            }
        }
        return "monitoring/did";
    }
}

package org.clusterworks.planning.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.shared.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan pages of an initiative: vision and objectives with comments, action lines with milestones, the
 * golden-thread check, the timeline, versions with their comparison, exports and submission for endorsement.
 */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/plan")
class PlanController {

    private final PlanService service;
    private final PlanExports exports;

    PlanController(PlanService service, PlanExports exports) {
        this.service = service;
        this.exports = exports;
    }

    private static String plan(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/plan";
    }

    private PlanService.Plan common(CurrentWorkspace ws, AuthenticatedUser user, long id, Model model) {
        PlanService.Plan p = service.plan(ws, user, id);
        model.addAttribute("initiative", p.initiative());
        model.addAttribute("plan", p);
        model.addAttribute("canEdit", service.access().canEdit(ws, user, p.initiative()));
        model.addAttribute("canComment", ws.can(Permission.CONTRIBUTE));
        model.addAttribute("endorsement", service.endorsement(p.initiative()).orElse(null));
        return p;
    }

    @GetMapping
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        PlanService.Plan p = common(ws, user, id, model);
        model.addAttribute("findings", service.goldenThread(p).size());
        model.addAttribute("objectiveStatuses", Domain.ObjectiveStatus.values());
        if (!model.containsAttribute("objectiveErrors")) {
            model.addAttribute("objectiveErrors", Map.of());
        }
        return "planning/plan";
    }

    @PostMapping("/vision")
    String vision(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String statement,
            RedirectAttributes redirect) {
        try {
            service.saveVision(ws, user, id, statement);
            redirect.addFlashAttribute("success", "planning.vision-saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "planning.vision-required");
        }
        return plan(ws, id) + "#vision";
    }

    @PostMapping("/objectives")
    String addObjective(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) List<String> swotItemIds,
            RedirectAttributes redirect) {
        return saveObjective(ws, user, id, null, code, title, description, status, swotItemIds, redirect);
    }

    @PostMapping("/objectives/{objectiveId}")
    String updateObjective(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long objectiveId,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) List<String> swotItemIds,
            RedirectAttributes redirect) {
        return saveObjective(ws, user, id, objectiveId, code, title, description, status, swotItemIds, redirect);
    }

    private String saveObjective(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            Long objectiveId,
            String code,
            String title,
            String description,
            String status,
            List<String> swotItemIds,
            RedirectAttributes redirect) {
        try {
            long oid = service.saveObjective(ws, user, id, objectiveId, code, title, description, status, swotItemIds);
            redirect.addFlashAttribute("success", "planning.objective-saved");
            return plan(ws, id) + "#objective-" + oid;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("objectiveErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
            return plan(ws, id) + "#objectives";
        }
    }

    @PostMapping("/objectives/{objectiveId}/delete")
    String deleteObjective(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long objectiveId,
            RedirectAttributes redirect) {
        service.deleteObjective(ws, user, id, objectiveId);
        redirect.addFlashAttribute("success", "planning.objective-deleted");
        return plan(ws, id) + "#objectives";
    }

    @PostMapping("/comments")
    String comment(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long objectiveId,
            @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        try {
            service.comment(ws, user, id, objectiveId, body);
            redirect.addFlashAttribute("success", "planning.comment-added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "planning.comment-required");
        }
        return plan(ws, id) + (objectiveId == null ? "#vision" : "#objective-" + objectiveId);
    }

    // Action lines

    private void lineChoices(CurrentWorkspace ws, PlanService.Plan p, Model model) {
        var orgs = service.stakeholders().search(ws.id(), null, 5000);
        model.addAttribute("organisations", orgs);
        model.addAttribute(
                "people",
                service.stakeholders()
                        .peopleOf(ws.id(), orgs.stream().map(o -> o.id()).toList()));
        model.addAttribute("statuses", Domain.ActionStatus.values());
    }

    @GetMapping("/lines/new")
    String newLine(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String objectiveId,
            Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        service.access().editable(ws, user, id);
        PlanService.Plan p = common(ws, user, id, model);
        lineChoices(ws, p, model);
        ActionLineInput empty = ActionLineInput.empty();
        model.addAttribute(
                "form",
                new ActionLineInput(
                        objectiveId,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.now().toString(),
                        LocalDate.now().plusYears(1).toString(),
                        null,
                        empty.currency(),
                        null,
                        empty.status(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
        model.addAttribute("errors", Map.of());
        return "planning/line-form";
    }

    @PostMapping("/lines")
    String createLine(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @ModelAttribute("form") ActionLineInput form,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            long lid = service.saveLine(ws, user, id, null, form);
            redirect.addFlashAttribute("success", "planning.line-saved");
            return plan(ws, id) + "/lines/" + lid;
        } catch (InvalidInput e) {
            PlanService.Plan p = common(ws, user, id, model);
            lineChoices(ws, p, model);
            model.addAttribute("errors", e.errors());
            return "planning/line-form";
        }
    }

    @GetMapping("/lines/{lineId}")
    String line(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long lineId,
            Model model) {
        PlanService.Plan p = common(ws, user, id, model);
        ActionLine l = service.line(p.initiative(), lineId);
        model.addAttribute("line", l);
        if (!model.containsAttribute("milestoneErrors")) {
            model.addAttribute("milestoneErrors", Map.of());
        }
        return "planning/line";
    }

    @GetMapping("/lines/{lineId}/edit")
    String editLine(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long lineId,
            Model model) {
        InitiativeSummary i = service.access().editable(ws, user, id);
        ActionLine l = service.line(i, lineId);
        PlanService.Plan p = common(ws, user, id, model);
        lineChoices(ws, p, model);
        var funders = p.funders().getOrDefault(l.id(), List.of());
        model.addAttribute("line", l);
        model.addAttribute(
                "form",
                new ActionLineInput(
                        l.objectiveId() == null ? null : l.objectiveId().toString(),
                        l.code(),
                        l.title(),
                        l.description(),
                        l.ownerOrgId() == null ? null : l.ownerOrgId().toString(),
                        l.ownerPersonId() == null ? null : l.ownerPersonId().toString(),
                        l.startDate().toString(),
                        l.endDate().toString(),
                        l.budget() == null ? null : l.budget().toPlainString(),
                        l.currency(),
                        l.membersSharePct() == null
                                ? null
                                : l.membersSharePct().stripTrailingZeros().toPlainString(),
                        l.status().name(),
                        funders.stream().map(Domain.Funder::funderName).toList(),
                        funders.stream()
                                .map(f -> f.sharePct().stripTrailingZeros().toPlainString())
                                .toList(),
                        p.partners().getOrDefault(l.id(), List.of()).stream()
                                .map(String::valueOf)
                                .toList(),
                        p.lineSwot().getOrDefault(l.id(), List.of()).stream()
                                .map(String::valueOf)
                                .toList()));
        model.addAttribute("errors", Map.of());
        return "planning/line-form";
    }

    @PostMapping("/lines/{lineId}")
    String updateLine(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long lineId,
            @ModelAttribute("form") ActionLineInput form,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            service.saveLine(ws, user, id, lineId, form);
            redirect.addFlashAttribute("success", "planning.line-saved");
            return plan(ws, id) + "/lines/" + lineId;
        } catch (InvalidInput e) {
            PlanService.Plan p = common(ws, user, id, model);
            lineChoices(ws, p, model);
            model.addAttribute("line", service.line(p.initiative(), lineId));
            model.addAttribute("errors", e.errors());
            return "planning/line-form";
        }
    }

    @PostMapping("/lines/{lineId}/delete")
    String deleteLine(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long lineId,
            RedirectAttributes redirect) {
        service.deleteLine(ws, user, id, lineId);
        redirect.addFlashAttribute("success", "planning.line-deleted");
        return plan(ws, id) + "#lines";
    }

    @PostMapping("/lines/{lineId}/milestones")
    String addMilestone(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long lineId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueDate,
            RedirectAttributes redirect) {
        try {
            service.addMilestone(ws, user, id, lineId, title, dueDate);
            redirect.addFlashAttribute("success", "planning.milestone-added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("milestoneErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return plan(ws, id) + "/lines/" + lineId + "#milestones";
    }

    @PostMapping("/lines/{lineId}/milestones/{milestoneId}")
    String milestoneDone(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long lineId,
            @PathVariable long milestoneId,
            @RequestParam(defaultValue = "false") boolean done) {
        service.setMilestoneDone(ws, user, id, lineId, milestoneId, done);
        return plan(ws, id) + "/lines/" + lineId + "#milestones";
    }

    // Golden thread, timeline, versions, exports

    @GetMapping("/golden-thread")
    String goldenThread(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        PlanService.Plan p = common(ws, user, id, model);
        model.addAttribute("findings", service.goldenThread(p));
        model.addAttribute("monitoring", service.monitoringAnswers());
        return "planning/golden-thread";
    }

    @GetMapping("/timeline")
    String timeline(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        PlanService.Plan p = common(ws, user, id, model);
        model.addAttribute("timeline", Timeline.of(p.lines(), p.milestones(), LocalDate.now()));
        return "planning/timeline";
    }

    @GetMapping("/versions")
    String versions(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        PlanService.Plan p = common(ws, user, id, model);
        var versions = service.versions(p.initiative());
        model.addAttribute("versions", versions);
        if (from != null && to != null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("differences", service.compare(p.initiative(), from, to));
        }
        return "planning/versions";
    }

    @PostMapping("/versions")
    String saveVersion(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            service.saveVersion(ws, user, id, note);
            redirect.addFlashAttribute("success", "planning.version-saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return plan(ws, id) + "/versions";
    }

    @PostMapping("/submit")
    String submit(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        InitiativeSummary i = service.access().editable(ws, user, id);
        try {
            int v = service.submit(ws, user, i.id(), exports.pdf(service.plan(ws, user, id)));
            redirect.addFlashAttribute("success", "planning.submitted");
            redirect.addFlashAttribute("submittedVersion", v);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return plan(ws, id) + "/versions";
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        PlanService.Plan p = service.plan(ws, user, id);
        return PlanExports.file(exports.pdf(p), MediaType.APPLICATION_PDF, "action-plan-" + id + ".pdf");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        PlanService.Plan p = service.plan(ws, user, id);
        return PlanExports.file(exports.xlsx(p), PlanExports.XLSX, "action-plan-" + id + ".xlsx");
    }
}

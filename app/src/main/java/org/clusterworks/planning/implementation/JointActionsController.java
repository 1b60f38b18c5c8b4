package org.clusterworks.planning.implementation;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.planning.implementation.Implementation.JointAction;
import org.clusterworks.planning.implementation.Implementation.Participant;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's joint actions: the ledger, the list, a joint action with its participants and results. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/joint-actions")
class JointActionsController {

    private final ImplementationService service;
    private final PlanRepository plans;

    JointActionsController(ImplementationService service, PlanRepository plans) {
        this.service = service;
        this.plans = plans;
    }

    private static String list(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/joint-actions";
    }

    private InitiativeSummary common(CurrentWorkspace ws, AuthenticatedUser user, long id, Model model) {
        InitiativeSummary i = service.access().visible(ws, user, id);
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.access().canEdit(ws, user, i));
        model.addAttribute("lines", plans.lines(i.id()));
        model.addAttribute("kinds", Implementation.Kind.values());
        model.addAttribute("directions", Implementation.Direction.values());
        model.addAttribute("statuses", Implementation.JointStatus.values());
        return i;
    }

    @GetMapping
    String list(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        InitiativeSummary i = common(ws, user, id, model);
        var actions = service.jointActions(i);
        var participants = service.participants(i);
        model.addAttribute("actions", actions);
        model.addAttribute(
                "participantCount",
                participants.stream()
                        .collect(Collectors.groupingBy(Participant::jointActionId, Collectors.counting())));
        model.addAttribute("ledger", service.ledger(i));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", JointActionInput.empty());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "planning/joint-actions";
    }

    @PostMapping
    String create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @ModelAttribute("form") JointActionInput form,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            long jid = service.saveJointAction(ws, user, id, null, form);
            redirect.addFlashAttribute("success", "planning.joint-saved");
            return list(ws, id) + "/" + jid;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
            return list(ws, id) + "#new";
        }
    }

    @GetMapping("/{jointId}")
    String show(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long jointId,
            Model model) {
        InitiativeSummary i = common(ws, user, id, model);
        JointAction j = service.jointAction(i, jointId);
        var participants = service.participants(i).stream()
                .filter(p -> p.jointActionId() == j.id())
                .toList();
        Set<Long> orgIds =
                participants.stream().map(Participant::organisationId).collect(Collectors.toSet());
        model.addAttribute("action", j);
        model.addAttribute("grantId", service.grantOf(j.id()).orElse(null));
        model.addAttribute("participants", participants);
        model.addAttribute("names", service.organisations(ws.id(), orgIds));
        model.addAttribute("organisations", service.stakeholders().search(ws.id(), null, 5000));
        model.addAttribute(
                "cofinancing",
                participants.stream()
                        .map(Participant::contribution)
                        .filter(java.util.Objects::nonNull)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new JointActionInput(
                            j.actionLineId() == null ? null : j.actionLineId().toString(),
                            j.title(),
                            j.kind().name(),
                            j.direction().name(),
                            j.startDate() == null ? null : j.startDate().toString(),
                            j.endDate() == null ? null : j.endDate().toString(),
                            j.budget() == null ? null : j.budget().toPlainString(),
                            j.currency(),
                            j.status().name(),
                            j.results(),
                            j.continued() == null ? null : j.continued().toString()));
        }
        return "planning/joint-action";
    }

    @PostMapping("/{jointId}")
    String update(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long jointId,
            @ModelAttribute("form") JointActionInput form,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            service.saveJointAction(ws, user, id, jointId, form);
            redirect.addFlashAttribute("success", "planning.joint-saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return list(ws, id) + "/" + jointId;
    }

    @PostMapping("/{jointId}/participants")
    String participant(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long jointId,
            @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String contribution,
            @RequestParam(required = false) String role,
            RedirectAttributes redirect) {
        try {
            service.saveParticipant(ws, user, id, jointId, organisationId, contribution, role);
            redirect.addFlashAttribute("success", "planning.participant-saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return list(ws, id) + "/" + jointId + "#participants";
    }

    @PostMapping("/{jointId}/participants/{organisationId}/delete")
    String removeParticipant(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long jointId,
            @PathVariable long organisationId,
            RedirectAttributes redirect) {
        service.removeParticipant(ws, user, id, jointId, organisationId);
        redirect.addFlashAttribute("success", "planning.participant-removed");
        return list(ws, id) + "/" + jointId + "#participants";
    }
}

package org.clusterworks.initiatives.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.Stage;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.shared.StaleEdit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Initiative list, creation, home page, profile form, checklist, stage and the cluster-organisation profile. */
@Controller
@RequestMapping("/w/{workspace}/initiatives")
class InitiativeController {

    private final InitiativeService service;

    InitiativeController(InitiativeService service) {
        this.service = service;
    }

    static String home(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id;
    }

    @GetMapping
    String list(CurrentWorkspace ws, AuthenticatedUser user, Model model) {
        List<Initiative> initiatives = service.visible(ws, user);
        model.addAttribute("initiatives", initiatives);
        model.addAttribute("canCreate", ws.can(Permission.MANAGE_INITIATIVES));
        model.addAttribute("seesAll", service.seesAll(ws));
        return "initiatives/list";
    }

    private void formChoices(CurrentWorkspace ws, Model model) {
        model.addAttribute("organisations", service.stakeholders().search(ws.id(), null, 5000));
        model.addAttribute("managers", service.stakeholders().peopleWithAccounts(ws.id()));
        model.addAttribute("canAppoint", ws.can(Permission.MANAGE_PROGRAMME));
    }

    @GetMapping("/new")
    String newForm(CurrentWorkspace ws, Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        formChoices(ws, model);
        model.addAttribute("form", InitiativeInput.empty());
        model.addAttribute("errors", Map.of());
        return "initiatives/form";
    }

    @PostMapping
    String create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @ModelAttribute("form") InitiativeInput form,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            long id = service.create(ws, user, form);
            redirect.addFlashAttribute("success", "initiative.created");
            return home(ws, id);
        } catch (InvalidInput e) {
            formChoices(ws, model);
            model.addAttribute("errors", e.errors());
            return "initiatives/form";
        }
    }

    @GetMapping("/{id}")
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Initiative i = service.visible(ws, user, id);
        var members = service.members(i);
        var stages = service.stages(i);
        var current = stages.get(i.stage().ordinal());
        OffsetDateTime now = OffsetDateTime.now();
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.canEdit(ws, user, i));
        model.addAttribute("stages", stages);
        model.addAttribute("current", current);
        model.addAttribute("nextStage", i.stage().next());
        model.addAttribute("byHelix", InitiativeService.byHelix(members));
        model.addAttribute(
                "memberCount",
                members.stream()
                        .filter(r -> r.status() != Domain.MembershipStatus.EXPIRED)
                        .count());
        model.addAttribute(
                "renewals",
                members.stream().filter(InitiativeService.MemberRow::renewalDue).toList());
        var bodies = service.bodies(i);
        model.addAttribute(
                "bodyNames",
                bodies.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                b -> b.body().id(), b -> b.body().name())));
        model.addAttribute(
                "upcoming",
                service.meetings(i).stream()
                        .filter(m -> m.startsAt().isAfter(now))
                        .sorted(java.util.Comparator.comparing(Domain.Meeting::startsAt))
                        .toList());
        var docs = service.documents(i);
        model.addAttribute(
                "docTitles",
                docs.stream().collect(java.util.stream.Collectors.toMap(Domain.Document::id, Domain.Document::title)));
        model.addAttribute(
                "pending",
                service.endorsements(i).stream()
                        .filter(e -> e.status() == Domain.EndorsementStatus.SUBMITTED)
                        .toList());
        model.addAttribute(
                "openDecisions",
                service.decisions(i).stream()
                        .filter(d -> d.followUp() != Domain.FollowUp.DONE && d.outcome() == Domain.Outcome.ADOPTED)
                        .toList());
        model.addAttribute("managerName", service.managerName(i));
        model.addAttribute("clusterOrganisation", service.clusterOrganisation(i));
        model.addAttribute("stageLog", service.stageLog(i));
        model.addAttribute("today", LocalDate.now());
        return "initiatives/home";
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Initiative i = service.editable(ws, user, id);
        formChoices(ws, model);
        model.addAttribute("initiative", i);
        model.addAttribute("form", InitiativeInput.of(i));
        model.addAttribute("version", service.version(ws, id));
        model.addAttribute("errors", Map.of());
        return "initiatives/form";
    }

    @PostMapping("/{id}")
    String update(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @ModelAttribute("form") InitiativeInput form,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        Initiative i = service.editable(ws, user, id);
        try {
            service.update(ws, user, id, form, version);
            redirect.addFlashAttribute("success", "initiative.saved");
            return home(ws, id);
        } catch (InvalidInput e) {
            formChoices(ws, model);
            model.addAttribute("initiative", i);
            model.addAttribute("version", StaleEdit.versionAfter(e, version));
            model.addAttribute("errors", e.errors());
            model.addAttribute("errorArgs", e.arguments());
            return "initiatives/form";
        }
    }

    @PostMapping("/{id}/checklist/{itemId}")
    String check(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "false") boolean done,
            RedirectAttributes redirect) {
        service.setCheck(ws, user, id, itemId, done);
        return home(ws, id) + "#stage";
    }

    @PostMapping("/{id}/stage")
    String advance(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            Stage next = service.advance(ws, user, id);
            redirect.addFlashAttribute("success", "stage.advanced");
            redirect.addFlashAttribute("advancedTo", next.messageKey());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("stageErrors", e.errors());
            redirect.addFlashAttribute("error", "stage.not-complete");
        }
        return home(ws, id) + "#stage";
    }

    @GetMapping("/{id}/profile")
    String profile(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Initiative i = service.visible(ws, user, id);
        var members = service.members(i);
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.canEdit(ws, user, i));
        model.addAttribute("check", service.profileCheck(i, members));
        model.addAttribute("byHelix", InitiativeService.byHelix(members));
        model.addAttribute("managerName", service.managerName(i));
        model.addAttribute("clusterOrganisation", service.clusterOrganisation(i));
        model.addAttribute(
                "smeCount",
                members.stream()
                        .filter(r -> r.status() != Domain.MembershipStatus.EXPIRED
                                && r.organisation().sme())
                        .count());
        return "initiatives/profile";
    }
}

package org.clusterworks.funding.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.eligibility.RuleKind;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.QuestionnaireForms;
import org.clusterworks.surveys.QuestionnaireRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funding home (calls, one's applications and reviews) and the calls with their configuration. */
@Controller
@RequestMapping("/w/{workspace}/funding")
class CallController {

    private final CallService calls;
    private final FundingAccess access;
    private final FundingRepository repo;
    private final QuestionnaireForms forms;

    CallController(CallService calls, FundingAccess access, QuestionnaireForms forms) {
        this.calls = calls;
        this.access = access;
        this.repo = access.repo();
        this.forms = forms;
    }

    static String callPage(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/funding/calls/" + id;
    }

    @GetMapping
    String home(CurrentWorkspace ws, AuthenticatedUser user, Model model) {
        List<Call> all = repo.calls(ws.id());
        model.addAttribute("calls", all);
        model.addAttribute("now", access.now());
        model.addAttribute("canManage", ws.can(Permission.MANAGE_PROGRAMME));
        var org = access.organisationOf(ws, user);
        model.addAttribute(
                "mine",
                org.isPresent() && ws.can(Permission.CONTRIBUTE) ? repo.applicationsOf(ws.id(), org.get()) : List.of());
        List<Application> toReview = new ArrayList<>();
        for (Call c : all) {
            if (repo.reviewers(c.id()).contains(user.id())) {
                repo.applications(c.id()).stream()
                        .filter(a -> access.role(ws, user, a) == FundingAccess.Role.REVIEWER)
                        .forEach(toReview::add);
            }
        }
        model.addAttribute("toReview", toReview);
        model.addAttribute(
                "invitations",
                org.isPresent() && ws.can(Permission.CONTRIBUTE)
                        ? access.flow().openInvitationsOf(ws.id(), org.get()).stream()
                                .map(p -> repo.application(ws.id(), p.applicationId())
                                        .orElseThrow())
                                .toList()
                        : List.of());
        Map<Long, String> titles = new LinkedHashMap<>();
        all.forEach(c -> titles.put(c.id(), c.title(LocaleContextHolder.getLocale())));
        model.addAttribute("callTitles", titles);
        return "funding/home";
    }

    private void formChoices(CurrentWorkspace ws, Model model) {
        model.addAttribute("initiatives", calls.initiatives().all(ws.id()));
    }

    @GetMapping("/calls/new")
    String newCall(CurrentWorkspace ws, Model model) {
        ws.require(Permission.MANAGE_PROGRAMME);
        formChoices(ws, model);
        model.addAttribute("form", CallForm.empty());
        model.addAttribute("errors", Map.of());
        return "funding/call-form";
    }

    @PostMapping("/calls")
    String create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @ModelAttribute("form") CallForm form,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        try {
            long id = calls.create(ws, user, form);
            redirect.addFlashAttribute("success", "funding.call.created");
            return callPage(ws, id);
        } catch (InvalidInput e) {
            formChoices(ws, model);
            model.addAttribute("errors", e.errors());
            return "funding/call-form";
        }
    }

    @GetMapping("/calls/{id}")
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Call c = access.call(ws, id);
        boolean manage = ws.can(Permission.MANAGE_PROGRAMME);
        model.addAttribute("call", c);
        model.addAttribute("status", c.status(access.now()));
        var rules = repo.rules(id);
        model.addAttribute("rules", rules);
        Map<Long, String> ruleText = new LinkedHashMap<>();
        rules.forEach(r -> ruleText.put(r.id(), calls.describe(ws, r.rule(), LocaleContextHolder.getLocale())));
        model.addAttribute("ruleText", ruleText);
        model.addAttribute("docTypes", repo.docTypes(id));
        var criteria = repo.criteria(id);
        model.addAttribute("criteria", criteria);
        model.addAttribute("totalWeight", CallService.totalWeight(criteria));
        Map<Long, String> users = access.workspaceUsers(ws.id());
        model.addAttribute("users", users);
        model.addAttribute("reviewers", repo.reviewers(id));
        model.addAttribute("canManage", manage);
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute(
                "initiative",
                c.initiativeId() == null
                        ? null
                        : calls.initiatives().find(ws.id(), c.initiativeId()).orElse(null));
        model.addAttribute("initiatives", calls.initiatives().all(ws.id()));
        var org = access.organisationOf(ws, user);
        model.addAttribute(
                "canApply", ws.can(Permission.CONTRIBUTE) && org.isPresent() && c.acceptsSubmissionAt(access.now()));
        model.addAttribute("applicationCount", repo.applications(id).size());
        var settings = access.flow().settings(id);
        model.addAttribute("settings", settings);
        model.addAttribute("callKinds", WorkflowRepository.CallKind.values());
        model.addAttribute(
                "questionnaire",
                settings.questionnaireId() == null
                        ? null
                        : forms.questionnaire(ws.id(), settings.questionnaireId())
                                .orElse(null));
        if (manage) {
            model.addAttribute(
                    "questionnaires",
                    forms.questionnaires(ws.id()).stream()
                            .filter(QuestionnaireRef::standalone)
                            .toList());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "funding/call";
    }

    @GetMapping("/calls/{id}/edit")
    String edit(CurrentWorkspace ws, @PathVariable long id, Model model) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Call c = access.call(ws, id);
        formChoices(ws, model);
        model.addAttribute("call", c);
        model.addAttribute("form", CallForm.of(c));
        model.addAttribute("errors", Map.of());
        return "funding/call-form";
    }

    @PostMapping("/calls/{id}")
    String update(
            CurrentWorkspace ws,
            @PathVariable long id,
            @ModelAttribute("form") CallForm form,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Call c = access.call(ws, id);
        try {
            calls.update(ws, id, form);
            redirect.addFlashAttribute("success", "funding.call.saved");
            return callPage(ws, id);
        } catch (InvalidInput e) {
            formChoices(ws, model);
            model.addAttribute("call", c);
            model.addAttribute("errors", e.errors());
            return "funding/call-form";
        }
    }

    private String configured(CurrentWorkspace ws, long id, Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("success", "funding.call.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "funding.call.config-invalid");
            redirect.addFlashAttribute("errors", e.errors());
        }
        return callPage(ws, id) + "#configuration";
    }

    @PostMapping("/calls/{id}/rules")
    String addRule(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Map<String, String> p = new LinkedHashMap<>(params);
        RuleKind k = RuleKind.parse(kind);
        // Each kind's parameters come from fields named <slug>.<parameter>.
        if (k != null) {
            for (String name : k.parameters()) {
                p.put(name, params.get(k.slug() + "." + name));
            }
        }
        return configured(ws, id, () -> calls.addRule(ws, id, kind, p), redirect);
    }

    @PostMapping("/calls/{id}/rules/{ruleId}/delete")
    String deleteRule(CurrentWorkspace ws, @PathVariable long id, @PathVariable long ruleId, RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return configured(ws, id, () -> calls.deleteRule(ws, id, ruleId), r);
    }

    @PostMapping("/calls/{id}/documents")
    String addDocType(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String docName,
            @RequestParam(required = false) String extensions,
            @RequestParam(required = false) String maxMb,
            RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return configured(ws, id, () -> calls.addDocType(ws, id, docName, extensions, maxMb), r);
    }

    @PostMapping("/calls/{id}/criteria")
    String addCriterion(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String criterionName,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String weight,
            RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return configured(ws, id, () -> calls.addCriterion(ws, id, criterionName, description, weight), r);
    }

    @PostMapping("/calls/{id}/reviewers")
    String addReviewer(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) Long reviewer,
            RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return configured(ws, id, () -> calls.addReviewer(ws, id, reviewer == null ? -1 : reviewer), r);
    }

    @PostMapping("/calls/{id}/reviewers/{userId}/delete")
    String removeReviewer(CurrentWorkspace ws, @PathVariable long id, @PathVariable long userId, RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return configured(ws, id, () -> calls.removeReviewer(ws, id, userId), r);
    }
}

package org.clusterworks.funding.core;

import java.util.Locale;
import org.clusterworks.funding.core.WorkflowRepository.CallKind;
import org.clusterworks.funding.core.WorkflowRepository.CallSettings;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.QuestionnaireForms;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme's call settings (application questionnaire, kind, reviewers per application) and assignments. */
@Controller
@RequestMapping("/w/{workspace}/funding")
class AssignmentController {

    private final ReviewerAssignments assignments;
    private final FundingAccess access;
    private final QuestionnaireForms forms;

    AssignmentController(ReviewerAssignments assignments, FundingAccess access, QuestionnaireForms forms) {
        this.assignments = assignments;
        this.access = access;
        this.forms = forms;
    }

    @PostMapping("/calls/{id}/settings")
    @Transactional
    String settings(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String questionnaireId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String reviewersPerApplication,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        access.call(ws, id);
        var errors = new InvalidInput.Collector();
        Long questionnaire = null;
        if (questionnaireId != null && !questionnaireId.isBlank()) {
            try {
                questionnaire = Long.parseLong(questionnaireId.strip());
                var ref = forms.questionnaire(ws.id(), questionnaire);
                if (ref.isEmpty()) {
                    errors.add("questionnaireId", "funding.settings.questionnaire-unknown");
                } else if (!ref.get().standalone()) {
                    errors.add("questionnaireId", "funding.settings.questionnaire-picker");
                }
            } catch (NumberFormatException e) {
                errors.add("questionnaireId", "funding.settings.questionnaire-unknown");
            }
        }
        CallKind k = null;
        try {
            k = CallKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "funding.settings.kind-unknown");
        }
        int n = 0;
        try {
            n = Integer.parseInt(reviewersPerApplication == null ? "" : reviewersPerApplication.strip());
            if (n < 1 || n > 20) {
                errors.add("reviewersPerApplication", "funding.settings.reviewers-range");
            }
        } catch (NumberFormatException e) {
            errors.add("reviewersPerApplication", "funding.settings.reviewers-range");
        }
        if (!errors.errors().isEmpty()) {
            redirect.addFlashAttribute(
                    "error", errors.errors().values().iterator().next());
            return CallController.callPage(ws, id) + "#settings";
        }
        access.flow().saveSettings(id, new CallSettings(questionnaire, k, n));
        redirect.addFlashAttribute("success", "funding.settings.saved");
        return CallController.callPage(ws, id) + "#settings";
    }

    @PostMapping("/calls/{id}/assignments")
    String balance(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        int n = assignments.balance(ws, id, user.id());
        redirect.addFlashAttribute("success", "funding.assign.balanced");
        redirect.addFlashAttribute("assignedCount", n);
        return "redirect:/w/" + ws.slug() + "/funding/calls/" + id + "/panel#assignments";
    }

    @PostMapping("/applications/{id}/reviewers")
    String assign(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long userId,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        try {
            assignments.assign(ws, id, userId == null ? -1 : userId, user.id());
            redirect.addFlashAttribute("success", "funding.assign.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return ApplicationController.page(ws, id) + "#assignments";
    }

    @PostMapping("/applications/{id}/reviewers/{userId}/delete")
    String unassign(
            CurrentWorkspace ws, @PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        try {
            assignments.unassign(ws, id, userId);
            redirect.addFlashAttribute("success", "funding.assign.removed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return ApplicationController.page(ws, id) + "#assignments";
    }
}

package org.clusterworks.diagnostic.swot;

import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.Surveys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SWOT board page: items per quadrant with votes and evidence; forms to add, edit, vote and link evidence. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/diagnostic/swot")
class SwotController {

    private final SwotService service;
    private final InitiativeAccess access;
    private final ObjectProvider<MappingDatasets> datasets;
    private final Surveys surveys;

    SwotController(
            SwotService service, InitiativeAccess access, ObjectProvider<MappingDatasets> datasets, Surveys surveys) {
        this.service = service;
        this.access = access;
        this.datasets = datasets;
        this.surveys = surveys;
    }

    private static String board(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/diagnostic/swot";
    }

    @GetMapping
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        var i = access.visible(ws, user, id);
        boolean canEdit = access.canEdit(ws, user, i);
        model.addAttribute("initiative", i);
        model.addAttribute("board", service.board(ws.id(), i, user));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canVote", access.canVote(ws, user, i));
        model.addAttribute("kinds", SwotKind.values());
        model.addAttribute("categories", SwotCategory.values());
        model.addAttribute("evidenceKinds", EvidenceInput.Kind.values());
        if (canEdit) {
            MappingDatasets mapping = datasets.getIfAvailable();
            model.addAttribute("datasets", mapping == null ? java.util.List.of() : mapping.list(ws.id()));
            model.addAttribute("rounds", surveys.rounds(ws.id(), i.id()));
        }
        return "diagnostic/swot";
    }

    @PostMapping
    String add(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            long item = service.add(ws, user, id, new SwotInput(kind, category, title, description));
            redirect.addFlashAttribute("success", "swot.added");
            return board(ws, id) + "#item-" + item;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("swotErrors", e.errors());
            redirect.addFlashAttribute("error", "diagnostic.input.see-fields");
            redirect.addFlashAttribute("swotForm", new SwotInput(kind, category, title, description));
            return board(ws, id) + "#add-item";
        }
    }

    @PostMapping("/{itemId}")
    String update(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            service.update(ws, user, id, itemId, new SwotInput(kind, category, title, description));
            redirect.addFlashAttribute("success", "swot.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("swotErrors", e.errors());
            redirect.addFlashAttribute("error", "diagnostic.input.see-fields");
        }
        return board(ws, id) + "#item-" + itemId;
    }

    @PostMapping("/{itemId}/delete")
    String delete(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long itemId,
            RedirectAttributes redirect) {
        service.delete(ws, user, id, itemId);
        redirect.addFlashAttribute("success", "swot.deleted");
        return board(ws, id);
    }

    @PostMapping("/{itemId}/vote")
    String vote(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long itemId,
            RedirectAttributes redirect) {
        boolean voted = service.toggleVote(ws, user, id, itemId);
        redirect.addFlashAttribute("success", voted ? "swot.voted" : "swot.unvoted");
        return board(ws, id) + "#item-" + itemId;
    }

    @PostMapping("/{itemId}/evidence")
    String addEvidence(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String datasetId,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String clusterCode,
            @RequestParam(required = false) String roundId,
            @RequestParam(required = false) String questionKey,
            @RequestParam(required = false) String url,
            RedirectAttributes redirect) {
        try {
            service.addEvidence(
                    ws,
                    user,
                    id,
                    itemId,
                    new EvidenceInput(kind, label, datasetId, regionCode, clusterCode, roundId, questionKey, url));
            redirect.addFlashAttribute("success", "swot.evidence-added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("swotErrors", e.errors());
            redirect.addFlashAttribute("error", "diagnostic.input.see-fields");
        }
        return board(ws, id) + "#item-" + itemId;
    }

    @PostMapping("/{itemId}/evidence/{evidenceId}/delete")
    String deleteEvidence(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long itemId,
            @PathVariable long evidenceId,
            RedirectAttributes redirect) {
        service.deleteEvidence(ws, user, id, itemId, evidenceId);
        redirect.addFlashAttribute("success", "swot.evidence-deleted");
        return board(ws, id) + "#item-" + itemId;
    }
}

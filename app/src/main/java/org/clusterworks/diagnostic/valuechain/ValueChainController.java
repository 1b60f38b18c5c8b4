package org.clusterworks.diagnostic.valuechain;

import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The value-chain map page: stages with their organisations and gaps, and the team's forms. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/diagnostic/value-chain")
class ValueChainController {

    private final ValueChainService service;
    private final InitiativeAccess access;

    ValueChainController(ValueChainService service, InitiativeAccess access) {
        this.service = service;
        this.access = access;
    }

    private static String page(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/diagnostic/value-chain";
    }

    @GetMapping
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        var i = access.visible(ws, user, id);
        model.addAttribute("initiative", i);
        model.addAttribute("chain", service.map(ws.id(), i));
        model.addAttribute("stages", ValueChainStage.values());
        model.addAttribute("canEdit", access.canEdit(ws, user, i));
        return "diagnostic/value-chain";
    }

    @PostMapping("/placements")
    String place(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            service.place(ws, user, id, stage, organisationId, note);
            redirect.addFlashAttribute("success", "valuechain.placed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("swotErrors", e.errors());
            redirect.addFlashAttribute("error", "diagnostic.input.see-fields");
        }
        return page(ws, id);
    }

    @PostMapping("/placements/{placementId}/delete")
    String removePlacement(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long placementId,
            RedirectAttributes redirect) {
        service.removePlacement(ws, user, id, placementId);
        redirect.addFlashAttribute("success", "valuechain.removed");
        return page(ws, id);
    }

    @PostMapping("/gaps")
    String addGap(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            service.addGap(ws, user, id, stage, description);
            redirect.addFlashAttribute("success", "valuechain.gap-added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("swotErrors", e.errors());
            redirect.addFlashAttribute("error", "diagnostic.input.see-fields");
        }
        return page(ws, id);
    }

    @PostMapping("/gaps/{gapId}/delete")
    String removeGap(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long gapId,
            RedirectAttributes redirect) {
        service.removeGap(ws, user, id, gapId);
        redirect.addFlashAttribute("success", "valuechain.removed");
        return page(ws, id);
    }
}

package org.clusterworks.funding.core;

import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner organisation's answer to a consortium invitation: on the application page or through the secret link. */
@Controller
@RequestMapping("/w/{workspace}/funding")
class PartnerController {

    private final PartnerInvitations invitations;
    private final FundingAccess access;

    PartnerController(PartnerInvitations invitations, FundingAccess access) {
        this.invitations = invitations;
        this.access = access;
    }

    private String respond(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            long orgId,
            String answer,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            switch (answer) {
                case "accept" -> invitations.respond(ws, user, id, orgId, true);
                case "refuse" -> invitations.respond(ws, user, id, orgId, false);
                default -> invitations.withdraw(ws, user, id, orgId);
            }
            redirect.addFlashAttribute("success", "funding.partner.answered." + answer);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return ApplicationController.page(ws, id) + "#consortium";
    }

    @PostMapping("/applications/{id}/partners/{orgId}/accept")
    String accept(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long orgId,
            RedirectAttributes redirect) {
        return respond(ws, user, id, orgId, "accept", redirect);
    }

    @PostMapping("/applications/{id}/partners/{orgId}/refuse")
    String refuse(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long orgId,
            RedirectAttributes redirect) {
        return respond(ws, user, id, orgId, "refuse", redirect);
    }

    @PostMapping("/applications/{id}/partners/{orgId}/withdraw")
    String withdraw(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long orgId,
            RedirectAttributes redirect) {
        return respond(ws, user, id, orgId, "withdraw", redirect);
    }

    @GetMapping("/partner-invitations/{token}")
    String show(CurrentWorkspace ws, @PathVariable String token, Model model) {
        var inv = invitations.open(ws, token).orElseThrow(() -> FundingAccess.notFound("invitation"));
        Application a = access.repo().application(ws.id(), inv.applicationId()).orElseThrow();
        model.addAttribute("invitation", inv);
        model.addAttribute("app", a);
        model.addAttribute("call", access.call(ws, a.callId()));
        model.addAttribute(
                "partner",
                access.stakeholders().organisation(ws.id(), inv.orgId()).orElse(null));
        model.addAttribute(
                "lead",
                access.stakeholders().organisation(ws.id(), a.leadOrgId()).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("canAnswer", ws.can(Permission.CONTRIBUTE));
        return "funding/partner-invitation";
    }

    @PostMapping("/partner-invitations/{token}")
    String answer(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable String token,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        invitations.open(ws, token).orElseThrow(() -> FundingAccess.notFound("invitation"));
        boolean accept = answer.equals("accept");
        try {
            long id = invitations.respondByLink(ws, user, token, accept);
            redirect.addFlashAttribute("success", "funding.partner.answered." + (accept ? "accept" : "refuse"));
            return access.role(ws, user, access.repo().application(ws.id(), id).orElseThrow())
                            == FundingAccess.Role.NONE
                    ? "redirect:/w/" + ws.slug() + "/funding"
                    : ApplicationController.page(ws, id);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
            return "redirect:/w/" + ws.slug() + "/funding/partner-invitations/" + token;
        }
    }
}

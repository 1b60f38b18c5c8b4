package org.clusterworks.funding.core;

import java.util.Map;
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

/** A grant's page (milestones, reports, payments) and the funder dashboard. */
@Controller
@RequestMapping("/w/{workspace}/funding")
class GrantController {

    private final GrantService grants;
    private final FundingAccess access;
    private final DashboardExport export;
    private final DashboardCharts charts;

    GrantController(GrantService grants, FundingAccess access, DashboardExport export, DashboardCharts charts) {
        this.grants = grants;
        this.access = access;
        this.export = export;
        this.charts = charts;
    }

    @GetMapping("/dashboard.xlsx")
    org.springframework.http.ResponseEntity<byte[]> workbook(CurrentWorkspace ws) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"funding-" + ws.slug() + ".xlsx\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(export.workbook(ws));
    }

    private static String page(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/funding/grants/" + id;
    }

    private static void flash(InvalidInput e, RedirectAttributes r) {
        r.addFlashAttribute("error", e.errors().values().iterator().next());
        r.addFlashAttribute("errors", e.errors());
    }

    @GetMapping("/grants/{id}")
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        var v = grants.visible(ws, user, id);
        var repo = access.repo();
        model.addAttribute("grant", v.grant());
        model.addAttribute("app", v.application());
        model.addAttribute("call", access.call(ws, v.application().callId()));
        model.addAttribute("canManage", v.role() == FundingAccess.Role.PROGRAMME);
        var org = access.organisationOf(ws, user);
        model.addAttribute(
                "canReport",
                ws.can(Permission.CONTRIBUTE)
                        && org.isPresent()
                        && org.get() == v.application().leadOrgId());
        model.addAttribute("milestones", repo.milestones(id));
        model.addAttribute("payments", repo.payments(id));
        model.addAttribute("paid", grants.paid(id));
        model.addAttribute("cofinancing", grants.cofinancingReported(id));
        model.addAttribute(
                "lead",
                access.stakeholders()
                        .organisation(ws.id(), v.application().leadOrgId())
                        .map(o -> o.name())
                        .orElse(""));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "funding/grant";
    }

    @PostMapping("/grants/{id}/milestones")
    String milestone(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueOn,
            @RequestParam(required = false) String tranche,
            RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        try {
            grants.addMilestone(ws, id, title, dueOn, tranche);
            r.addFlashAttribute("success", "funding.grant.saved");
        } catch (InvalidInput e) {
            flash(e, r);
        }
        return page(ws, id);
    }

    @PostMapping("/grants/{id}/milestones/{milestoneId}/report")
    String report(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestParam(required = false) String report,
            @RequestParam(required = false) String cofinancingSpent,
            RedirectAttributes r) {
        ws.require(Permission.CONTRIBUTE);
        try {
            grants.report(ws, user, id, milestoneId, report, cofinancingSpent);
            r.addFlashAttribute("success", "funding.grant.reported");
        } catch (InvalidInput e) {
            flash(e, r);
        }
        return page(ws, id);
    }

    @PostMapping("/grants/{id}/milestones/{milestoneId}/accept")
    String accept(CurrentWorkspace ws, @PathVariable long id, @PathVariable long milestoneId, RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        grants.accept(ws, id, milestoneId);
        r.addFlashAttribute("success", "funding.grant.saved");
        return page(ws, id);
    }

    @PostMapping("/grants/{id}/payments")
    String pay(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String milestoneId,
            @RequestParam(required = false) String paidOn,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reference,
            RedirectAttributes r) {
        ws.require(Permission.MANAGE_PROGRAMME);
        try {
            grants.pay(ws, user, id, milestoneId, paidOn, amount, reference);
            r.addFlashAttribute("success", "funding.payment.recorded");
        } catch (InvalidInput e) {
            flash(e, r);
        }
        return page(ws, id);
    }

    @GetMapping("/dashboard")
    String dashboard(CurrentWorkspace ws, Model model) {
        ws.require(Permission.MANAGE_PROGRAMME);
        var d = grants.dashboard(ws);
        model.addAttribute("d", d);
        model.addAttribute("figures", charts.figures(ws.id()));
        model.addAttribute(
                "chartData",
                charts.charts(ws.id(), d, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("calls", access.repo().calls(ws.id()));
        model.addAttribute("grants", access.repo().grants(ws.id()));
        model.addAttribute("now", access.now());
        return "funding/dashboard";
    }
}

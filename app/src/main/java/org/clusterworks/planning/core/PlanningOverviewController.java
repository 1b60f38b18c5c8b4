package org.clusterworks.planning.core;

import java.util.ArrayList;
import java.util.List;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.implementation.ImplementationService;
import org.clusterworks.planning.implementation.Ledger;
import org.clusterworks.planning.plan.PlanService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's plans at a glance: per initiative the plan's size, budget, gaps and joint-action ledger. */
@Controller
class PlanningOverviewController {

    private final Initiatives initiatives;
    private final PlanningAccess access;
    private final PlanService plans;
    private final ImplementationService implementation;

    PlanningOverviewController(
            Initiatives initiatives, PlanningAccess access, PlanService plans, ImplementationService implementation) {
        this.initiatives = initiatives;
        this.access = access;
        this.plans = plans;
        this.implementation = implementation;
    }

    /** One initiative's line in the overview. */
    public record Row(InitiativeSummary initiative, PlanService.Plan plan, int findings, Ledger ledger) {}

    @GetMapping("/w/{workspace}/planning")
    String overview(CurrentWorkspace ws, AuthenticatedUser user, Model model) {
        ws.require(Permission.VIEW);
        List<Row> rows = new ArrayList<>();
        for (InitiativeSummary i : initiatives.all(ws.id())) {
            if (!access.canSee(ws, user, i)) {
                continue;
            }
            PlanService.Plan p = plans.plan(ws, user, i.id());
            rows.add(new Row(i, p, plans.goldenThread(p).size(), implementation.ledger(i)));
        }
        model.addAttribute("rows", rows);
        boolean programme = ws.can(Permission.MANAGE_PROGRAMME) || ws.can(Permission.ANALYSE);
        model.addAttribute("programmeLedger", programme ? implementation.programmeLedger(ws.id()) : null);
        return "planning/overview";
    }
}

package org.clusterworks.identity.audit;

import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Workspace admins browse who created, changed or deleted what, and when. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/w/{workspace}/audit")
    String audit(CurrentWorkspace workspace, Model model) {
        workspace.require(Permission.ADMINISTER);
        model.addAttribute("entries", trail.forWorkspace(workspace.id(), 500));
        return "identity/audit";
    }
}

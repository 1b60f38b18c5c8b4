package org.clusterworks.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.identity.audit.AuditEntry;
import org.clusterworks.identity.audit.AuditTrail;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token owner, their workspaces, and a workspace's members and audit trail. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Who you are and the workspaces you belong to")
class IdentityApiController {

    private final WorkspaceRepository workspaces;
    private final AuditTrail audit;

    IdentityApiController(WorkspaceRepository workspaces, AuditTrail audit) {
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @GetMapping("/me")
    @Operation(summary = "The token owner's user name, workspaces and roles")
    Me me(AuthenticatedUser user) {
        return new Me(
                user.username(),
                user.displayName(),
                user.platformAdmin(),
                workspaces.findForUser(user.id()).stream()
                        .map(w -> new WorkspaceRef(
                                w.workspace().slug(),
                                w.workspace().name(),
                                w.role().name()))
                        .toList());
    }

    @GetMapping("/workspaces/{workspace}")
    @Operation(summary = "One of your workspaces")
    WorkspaceRef workspace(CurrentWorkspace workspace) {
        return new WorkspaceRef(
                workspace.slug(), workspace.name(), workspace.role().name());
    }

    @GetMapping("/workspaces/{workspace}/members")
    @Operation(summary = "The members of one of your workspaces, with their roles")
    List<MemberRef> members(CurrentWorkspace workspace) {
        return workspaces.members(workspace.id()).stream()
                .map(m -> new MemberRef(m.username(), m.displayName(), m.role().name()))
                .toList();
    }

    @GetMapping("/workspaces/{workspace}/audit")
    @Operation(summary = "The newest 500 entries of a workspace's audit trail (workspace admins only)")
    List<AuditEntry> audit(CurrentWorkspace workspace) {
        workspace.require(Permission.ADMINISTER);
        return audit.forWorkspace(workspace.id(), 500);
    }

    /** The token owner. */
    record Me(String username, String displayName, boolean platformAdmin, List<WorkspaceRef> workspaces) {}

    /** A workspace and the caller's role in it. */
    record WorkspaceRef(String slug, String name, String role) {}

    /** A member of a workspace. */
    record MemberRef(String username, String displayName, String role) {}
}

package org.clusterworks.identity.workspace;

import java.util.regex.Pattern;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.invitation.Invitations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home page (the user's workspaces), a workspace's overview and its members and roles. */
@Controller
class WorkspaceController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");

    private final WorkspaceRepository workspaces;
    private final ApplicationEventPublisher events;
    private final Invitations invitations;

    WorkspaceController(WorkspaceRepository workspaces, ApplicationEventPublisher events, Invitations invitations) {
        this.workspaces = workspaces;
        this.events = events;
        this.invitations = invitations;
    }

    @GetMapping("/")
    String home(AuthenticatedUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("memberships", workspaces.findForUser(user.id()));
        if (user.platformAdmin()) {
            model.addAttribute("allWorkspaces", workspaces.findAll());
        }
        return "identity/home";
    }

    @PostMapping("/admin/workspaces")
    @Transactional
    String create(
            AuthenticatedUser user,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        String problem = !SLUG.matcher(slug).matches()
                ? "workspace.slug-invalid"
                : workspaces.findBySlug(slug).isPresent()
                        ? "workspace.slug-taken"
                        : name.isBlank() || name.length() > 200 ? "workspace.name-invalid" : null;
        if (problem != null) {
            redirect.addFlashAttribute("workspaceError", problem);
            return "redirect:/";
        }
        long id = workspaces.create(slug, name.strip(), description.strip());
        workspaces.addMember(id, user.id(), WorkspaceRole.ADMIN);
        events.publishEvent(new AuditEvent(id, AuditEvent.Action.CREATED, "workspace", slug, "Workspace " + name));
        return "redirect:/w/" + slug;
    }

    @GetMapping("/w/{workspace}")
    String overview(CurrentWorkspace workspace, Model model) {
        model.addAttribute("workspace", workspaces.findById(workspace.id()).orElseThrow());
        model.addAttribute("memberCount", workspaces.members(workspace.id()).size());
        return "identity/workspace";
    }

    @GetMapping("/w/{workspace}/members")
    String members(CurrentWorkspace workspace, Model model) {
        model.addAttribute("members", workspaces.members(workspace.id()));
        model.addAttribute("admin", workspace.can(Permission.ADMINISTER));
        if (workspace.can(Permission.ADMINISTER)) {
            model.addAttribute("pending", invitations.pending(workspace.id()));
        }
        model.addAttribute("roles", WorkspaceRole.values());
        return "identity/members";
    }

    @PostMapping("/w/{workspace}/members/{userId}/role")
    @Transactional
    String changeRole(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long userId,
            @RequestParam String role,
            RedirectAttributes redirect) {
        workspace.require(Permission.ADMINISTER);
        WorkspaceRole newRole = WorkspaceRole.parse(role);
        if (newRole == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown role '" + role + "'");
        }
        WorkspaceRole old = workspaces
                .roleOf(workspace.id(), userId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a member"));
        if (old == WorkspaceRole.ADMIN
                && newRole != WorkspaceRole.ADMIN
                && workspaces.countWithRole(workspace.id(), WorkspaceRole.ADMIN) == 1) {
            redirect.addFlashAttribute("error", "members.last-admin");
            return "redirect:/w/" + workspace.slug() + "/members";
        }
        workspaces.changeRole(workspace.id(), userId, newRole);
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.CHANGED,
                "workspace-member",
                Long.toString(userId),
                "Role " + old + " -> " + newRole));
        redirect.addFlashAttribute("success", "members.role-changed");
        return "redirect:/w/" + workspace.slug() + "/members";
    }
}

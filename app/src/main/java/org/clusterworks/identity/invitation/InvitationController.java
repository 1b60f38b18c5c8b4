package org.clusterworks.identity.invitation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.user.AccountPrincipal;
import org.clusterworks.identity.user.Accounts;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Workspace admins invite people by e-mail address; the invitation link is mailed when SMTP is configured and
 * otherwise shown to the admin. Whoever opens an open link signs up (or, signed in, joins) with the invited role.
 */
@Controller
class InvitationController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");

    private final Invitations invitations;
    private final Accounts accounts;
    private final WorkspaceRepository workspaces;
    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;

    InvitationController(
            Invitations invitations,
            Accounts accounts,
            WorkspaceRepository workspaces,
            ObjectProvider<JavaMailSender> mail,
            @Value("${clusterworks.public-url:}") String publicUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    @PostMapping("/w/{workspace}/invitations")
    String invite(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect) {
        workspace.require(Permission.ADMINISTER);
        WorkspaceRole parsed = WorkspaceRole.parse(role);
        String address = email.strip();
        if (!EMAIL.matcher(address).matches() || parsed == null) {
            redirect.addFlashAttribute("inviteError", parsed == null ? "invite.role-invalid" : "invite.email-invalid");
            redirect.addFlashAttribute("inviteEmail", address);
            return "redirect:/w/" + workspace.slug() + "/members";
        }
        String token = invitations.create(workspace.id(), address, parsed, user.id());
        String link = base() + "/invitations/" + token;
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            var message = new SimpleMailMessage();
            message.setTo(address);
            message.setSubject("ClusterWorks: invitation to " + workspace.name());
            message.setText("You are invited to join " + workspace.name() + " on ClusterWorks as " + parsed
                    + ".\n\nOpen this link to accept: " + link + "\n");
            sender.send(message);
            redirect.addFlashAttribute("success", "invite.sent");
        } else {
            redirect.addFlashAttribute("inviteLink", link);
        }
        return "redirect:/w/" + workspace.slug() + "/members";
    }

    @PostMapping("/w/{workspace}/invitations/{id}/revoke")
    String revoke(CurrentWorkspace workspace, @PathVariable long id, RedirectAttributes redirect) {
        workspace.require(Permission.ADMINISTER);
        if (!invitations.revoke(workspace.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No open invitation " + id);
        }
        redirect.addFlashAttribute("success", "invite.revoked");
        return "redirect:/w/" + workspace.slug() + "/members";
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, Authentication auth) {
        Invitation inv = open(token);
        model.addAttribute("invitation", inv);
        model.addAttribute(
                "workspaceName",
                workspaces.findById(inv.workspaceId()).orElseThrow().name());
        model.addAttribute("signedIn", auth != null && auth.getPrincipal() instanceof AccountPrincipal);
        model.addAttribute("token", token);
        return "identity/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            Authentication auth,
            Model model) {
        Invitation inv = open(token);
        long userId;
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            userId = principal.user().id();
        } else {
            String problem = Optional.ofNullable(accounts.usernameProblem(username))
                    .or(() -> Optional.ofNullable(displayName.isBlank() ? "invite.name-missing" : null))
                    .or(() -> Optional.ofNullable(Accounts.passwordProblem(password, username)))
                    .orElse(null);
            if (problem != null) {
                model.addAttribute("invitation", inv);
                model.addAttribute(
                        "workspaceName",
                        workspaces.findById(inv.workspaceId()).orElseThrow().name());
                model.addAttribute("signedIn", false);
                model.addAttribute("token", token);
                model.addAttribute("error", problem);
                model.addAttribute("username", username);
                model.addAttribute("displayName", displayName);
                return "identity/invitation";
            }
            userId = accounts.create(username, displayName.strip(), inv.email(), password);
        }
        String slug = invitations.accept(token, userId).orElseThrow(InvitationController::gone);
        return auth != null ? "redirect:/w/" + slug : "redirect:/login?joined";
    }

    private Invitation open(String token) {
        return invitations
                .findByToken(token)
                .filter(i -> i.open(OffsetDateTime.now(ZoneOffset.UTC)))
                .orElseThrow(InvitationController::gone);
    }

    private static ResponseStatusException gone() {
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND, "This invitation is unknown, used, revoked or expired");
    }

    private String base() {
        return publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publicUrl.replaceAll("/+$", "");
    }
}

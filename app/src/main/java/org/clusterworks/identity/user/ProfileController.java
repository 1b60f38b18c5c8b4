package org.clusterworks.identity.user;

import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.TokenScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own profile: password change and personal API tokens. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final ApiTokens tokens;

    ProfileController(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(AuthenticatedUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.listFor(user.id()));
        model.addAttribute("scopes", TokenScope.values());
        return "identity/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            AuthenticatedUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            RedirectAttributes redirect) {
        String problem = newPassword.equals(confirmPassword)
                ? accounts.changePassword(user.id(), currentPassword, newPassword)
                : "password.mismatch";
        redirect.addFlashAttribute(
                problem == null ? "success" : "passwordError", problem == null ? "password.changed" : problem);
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(
            AuthenticatedUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "READ") String scope,
            RedirectAttributes redirect) {
        String trimmed = name.strip();
        TokenScope parsed;
        try {
            parsed = TokenScope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (trimmed.isEmpty() || trimmed.length() > 100 || parsed == null) {
            redirect.addFlashAttribute(
                    "tokenError",
                    trimmed.isEmpty() || trimmed.length() > 100 ? "token.name-invalid" : "token.scope-invalid");
            return "redirect:/profile";
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.id(), trimmed, parsed));
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(user.id(), id)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND, "No such token");
        }
        redirect.addFlashAttribute("success", "token.revoked");
        return "redirect:/profile";
    }
}

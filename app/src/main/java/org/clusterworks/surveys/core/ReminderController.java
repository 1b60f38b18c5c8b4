package org.clusterworks.surveys.core;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** E-mails a round's pending respondents their personal link (invitation, then reminders). */
@Controller
class ReminderController {

    private final ReminderService reminders;

    ReminderController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @PostMapping("/w/{workspace}/surveys/rounds/{id}/reminders")
    String remind(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        try {
            redirect.addFlashAttribute("reminderOutcome", reminders.remind(ws.id(), id, user, base, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return "redirect:/w/" + ws.slug() + "/surveys/rounds/" + id + "#reminders-title";
    }
}

package org.clusterworks.planning.implementation;

import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sends an event's feedback questionnaire (organisers of the initiative, once the event is over). */
@Controller
class EventFeedbackController {

    private final EventFeedback feedback;

    EventFeedbackController(EventFeedback feedback) {
        this.feedback = feedback;
    }

    @PostMapping("/w/{workspace}/initiatives/{id}/events/{eventId}/feedback")
    String send(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            RedirectAttributes redirect) {
        try {
            feedback.send(ws, user, id, eventId);
            redirect.addFlashAttribute("success", "planning.feedback.sent");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/events/" + eventId + "#feedback";
    }
}

package org.clusterworks.planning.implementation;

import java.util.Map;
import org.clusterworks.planning.core.PlanningAccess;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public events pages, open without an account like the survey links: a workspace's (or one initiative's)
 * upcoming public events listed by month, and an event's page where anyone registers.
 */
@Controller
class PublicEventsController {

    private final PublicEvents events;

    PublicEventsController(PublicEvents events) {
        this.events = events;
    }

    @GetMapping("/events/public")
    String list(
            @RequestParam(required = false) String workspace,
            @RequestParam(required = false) Long initiative,
            Model model) {
        Object[] ws = events.workspace(workspace).orElseThrow(() -> PlanningAccess.notFound("workspace"));
        var listed = events.upcoming((Long) ws[0], initiative);
        model.addAttribute("workspaceName", ws[1]);
        model.addAttribute("workspaceSlug", workspace);
        model.addAttribute(
                "months",
                listed.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                l -> java.time.YearMonth.from(l.event().startsAt()),
                                java.util.TreeMap::new,
                                java.util.stream.Collectors.toList())));
        return "planning/public-events";
    }

    private Event event(long eventId) {
        return events.find(eventId).orElseThrow(() -> PlanningAccess.notFound("public event " + eventId));
    }

    @GetMapping("/events/public/{eventId}")
    String show(@PathVariable long eventId, Model model) {
        Event e = event(eventId);
        model.addAttribute("event", e);
        model.addAttribute("initiativeName", events.initiativeName(e));
        model.addAttribute("seatsLeft", events.seatsLeft(e));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PublicRegistrationInput.empty());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "planning/public-event";
    }

    @PostMapping("/events/public/{eventId}")
    String register(
            @PathVariable long eventId,
            @ModelAttribute("form") PublicRegistrationInput form,
            Model model,
            RedirectAttributes redirect) {
        try {
            boolean waiting = events.register(eventId, form);
            redirect.addFlashAttribute("success", waiting ? "planning.public.waiting" : "planning.public.registered");
            return "redirect:/events/public/" + eventId;
        } catch (InvalidInput ex) {
            model.addAttribute("errors", ex.errors());
            model.addAttribute("error", "input.see-fields");
            return show(eventId, model);
        }
    }
}

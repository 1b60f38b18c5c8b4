package org.clusterworks.observatory.links;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.ProgrammeQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workspace's initiatives linked to the observatory programmes they belong to or draw on: members see the links,
 * those who manage initiatives add and remove them. The programme page shows how many initiatives refer to it.
 */
@Controller
@RequestMapping("/w/{workspace}/observatory/links")
final class LinksController {

    private final LinkRepository links;
    private final ObservatoryRepository observatory;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;

    LinksController(
            LinkRepository links,
            ObservatoryRepository observatory,
            Initiatives initiatives,
            ApplicationEventPublisher events) {
        this.links = links;
        this.observatory = observatory;
        this.initiatives = initiatives;
        this.events = events;
    }

    @GetMapping
    String list(CurrentWorkspace ws, Model model, Locale locale) {
        ws.require(Permission.VIEW);
        Map<Long, String> names = initiatives.all(ws.id()).stream()
                .collect(Collectors.toMap(InitiativeSummary::id, InitiativeSummary::name, (a, b) -> a));
        model.addAttribute("ws", ws);
        model.addAttribute("links", links.of(ws.id()));
        model.addAttribute("names", names);
        model.addAttribute("initiatives", initiatives.all(ws.id()));
        model.addAttribute("programmes", observatory.search(ProgrammeQuery.all()));
        model.addAttribute("canManage", ws.can(Permission.MANAGE_INITIATIVES));
        return "observatory/links";
    }

    @PostMapping
    String add(
            CurrentWorkspace ws,
            @RequestParam(required = false) Long initiativeId,
            @RequestParam(required = false) Long programmeId,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        if (initiativeId == null || initiatives.find(ws.id(), initiativeId).isEmpty()) {
            redirect.addFlashAttribute("error", "observatory.waves.error.initiative");
        } else if (programmeId == null || observatory.programme(programmeId).isEmpty()) {
            redirect.addFlashAttribute("error", "observatory.links.error.programme");
        } else if (!links.exists(ws.id(), initiativeId, programmeId)) {
            links.add(ws.id(), initiativeId, programmeId);
            events.publishEvent(new AuditEvent(
                    ws.id(),
                    AuditEvent.Action.CREATED,
                    "observatory-link",
                    initiativeId + "->" + programmeId,
                    "Initiative linked to an observatory programme"));
            redirect.addFlashAttribute("success", "observatory.links.added");
        }
        return "redirect:/w/" + ws.slug() + "/observatory/links";
    }

    @PostMapping("/{linkId}/delete")
    String delete(CurrentWorkspace ws, @PathVariable long linkId, RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        if (!links.delete(ws.id(), linkId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.DELETED, "observatory-link", Long.toString(linkId), "Link removed"));
        redirect.addFlashAttribute("success", "observatory.links.removed");
        return "redirect:/w/" + ws.slug() + "/observatory/links";
    }
}

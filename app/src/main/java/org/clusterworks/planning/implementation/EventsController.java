package org.clusterworks.planning.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.shared.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's events: the list, an event with registrations and attendance, and the attendance CSV. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/events")
class EventsController {

    private final ImplementationService service;
    private final PlanRepository plans;
    private final PublicEvents publicEvents;
    private final ImplementationRepository repo;
    private final EventFeedback feedback;

    EventsController(
            ImplementationService service,
            PlanRepository plans,
            PublicEvents publicEvents,
            ImplementationRepository repo,
            EventFeedback feedback) {
        this.feedback = feedback;
        this.service = service;
        this.plans = plans;
        this.publicEvents = publicEvents;
        this.repo = repo;
    }

    private static String list(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/events";
    }

    private InitiativeSummary common(CurrentWorkspace ws, AuthenticatedUser user, long id, Model model) {
        InitiativeSummary i = service.access().visible(ws, user, id);
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.access().canEdit(ws, user, i));
        model.addAttribute("canRegister", ws.can(Permission.CONTRIBUTE));
        return i;
    }

    @GetMapping
    String list(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        InitiativeSummary i = common(ws, user, id, model);
        var events = service.events(i);
        model.addAttribute("events", events);
        model.addAttribute(
                "counts",
                events.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Event::id, e -> service.attendance(ws.id(), e).counts())));
        model.addAttribute("lines", plans.lines(i.id()));
        model.addAttribute("kinds", Implementation.EventKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EventInput.empty());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "planning/events";
    }

    @PostMapping
    String create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @ModelAttribute("form") EventInput form,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            long eid = service.createEvent(ws, user, id, form);
            redirect.addFlashAttribute("success", "planning.event-saved");
            return list(ws, id) + "/" + eid;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
            return list(ws, id) + "#new";
        }
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<byte[]> calendar(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        InitiativeSummary i = service.access().visible(ws, user, id);
        String ics =
                ICalendar.of(i.name(), service.events(i), ws.slug() + ".clusterworks", java.time.OffsetDateTime.now());
        return calendarFile(ics, "events-" + i.id() + ".ics");
    }

    /** One event as an iCalendar file, with the same UID as in the initiative's feed so calendars merge them. */
    @GetMapping("/{eventId}/event.ics")
    ResponseEntity<byte[]> eventCalendar(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, @PathVariable long eventId) {
        InitiativeSummary i = service.access().visible(ws, user, id);
        Event e = service.event(i, eventId);
        String ics = ICalendar.of(
                i.name(), java.util.List.of(e), ws.slug() + ".clusterworks", java.time.OffsetDateTime.now());
        return calendarFile(ics, "event-" + e.id() + ".ics");
    }

    private static ResponseEntity<byte[]> calendarFile(String ics, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{eventId}")
    String show(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            Model model) {
        InitiativeSummary i = common(ws, user, id, model);
        Event e = service.event(i, eventId);
        model.addAttribute("event", e);
        model.addAttribute("attendance", service.attendance(ws.id(), e));
        model.addAttribute("isPublic", repo.isPublic(e.id()));
        model.addAttribute("publicRegistrations", publicEvents.registrations(e.id()));
        var results = feedback.results(ws.id(), e);
        model.addAttribute("feedback", results.orElse(null));
        model.addAttribute(
                "feedbackOrgs",
                results.map(r -> service
                                .stakeholders()
                                .organisations(
                                        ws.id(),
                                        r.links().stream()
                                                .map(org.clusterworks.surveys.SurveyFielding.PanelLink::organisationId)
                                                .filter(java.util.Objects::nonNull)
                                                .toList())
                                .stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        org.clusterworks.stakeholders.StakeholderOrganisation::id,
                                        org.clusterworks.stakeholders.StakeholderOrganisation::name)))
                        .orElse(Map.of()));
        var end = e.endsAt() != null ? e.endsAt() : e.startsAt();
        model.addAttribute("eventOver", end.isBefore(java.time.OffsetDateTime.now()));
        var registrable = ws.can(Permission.CONTRIBUTE)
                ? service.registrable(ws, user, i)
                : java.util.List.<org.clusterworks.stakeholders.StakeholderPerson>of();
        model.addAttribute("registrable", registrable);
        model.addAttribute(
                "registrableIds",
                registrable.stream()
                        .map(org.clusterworks.stakeholders.StakeholderPerson::id)
                        .collect(java.util.stream.Collectors.toSet()));
        return "planning/event";
    }

    @PostMapping("/{eventId}/registrations")
    String register(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            @RequestParam(required = false) String personId,
            RedirectAttributes redirect) {
        try {
            boolean waiting = service.register(ws, user, id, eventId, personId);
            redirect.addFlashAttribute("success", waiting ? "planning.registered-waiting" : "planning.registered-ok");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return list(ws, id) + "/" + eventId + "#registrations";
    }

    @PostMapping("/{eventId}/registrations/{registrationId}/attendance")
    String attendance(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            @PathVariable long registrationId,
            @RequestParam(defaultValue = "false") boolean attended) {
        service.setAttended(ws, user, id, eventId, registrationId, attended);
        return list(ws, id) + "/" + eventId + "#registrations";
    }

    @PostMapping("/{eventId}/registrations/{registrationId}/cancel")
    String cancel(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            @PathVariable long registrationId,
            RedirectAttributes redirect) {
        service.cancel(ws, user, id, eventId, registrationId);
        redirect.addFlashAttribute("success", "planning.registration-cancelled");
        return list(ws, id) + "/" + eventId + "#registrations";
    }

    @GetMapping("/{eventId}/attendance.csv")
    ResponseEntity<byte[]> csv(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, @PathVariable long eventId) {
        InitiativeSummary i = service.access().visible(ws, user, id);
        Event e = service.event(i, eventId);
        var a = service.attendance(ws.id(), e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            p.printRecord("person", "organisation", "helix", "gender", "registered_at", "waiting", "attended");
            for (var r : a.registrations()) {
                var person = a.people().get(r.personId());
                var org = r.organisationId() == null ? null : a.organisations().get(r.organisationId());
                p.printRecord(
                        person == null ? "" : person.fullName(),
                        org == null ? "" : org.name(),
                        org == null || org.helix() == null ? "" : org.helix().name(),
                        person == null || person.gender() == null
                                ? ""
                                : person.gender().name(),
                        r.registeredAt().toString(),
                        r.waiting(),
                        r.attended());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("attendance-" + e.id() + ".csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}

package org.clusterworks.initiatives.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.initiatives.core.Domain.Meeting;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governance bodies with seats and the representation check, meetings with attendance and minutes, decisions. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}")
class GovernanceController {

    private final InitiativeService service;

    GovernanceController(InitiativeService service) {
        this.service = service;
    }

    private static String governance(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/governance";
    }

    private static String meetingPage(CurrentWorkspace ws, long id, long meetingId) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/meetings/" + meetingId;
    }

    @GetMapping("/governance")
    String governance(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Initiative i = service.visible(ws, user, id);
        var bodies = service.bodies(i);
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.canEdit(ws, user, i));
        model.addAttribute("bodies", bodies);
        model.addAttribute(
                "bodyNames",
                bodies.stream()
                        .collect(Collectors.toMap(
                                b -> b.body().id(), b -> b.body().name())));
        var meetings = service.meetings(i);
        model.addAttribute("meetings", meetings);
        model.addAttribute("meetingTitles", meetings.stream().collect(Collectors.toMap(Meeting::id, Meeting::title)));
        model.addAttribute("decisions", service.decisions(i));
        model.addAttribute("candidates", service.seatCandidates(i));
        model.addAttribute("bodyKinds", Domain.BodyKind.values());
        model.addAttribute("seatRoles", Domain.SeatRole.values());
        return "initiatives/governance";
    }

    @PostMapping("/bodies")
    String addBody(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String mandate,
            @RequestParam(required = false) String seats,
            RedirectAttributes redirect) {
        try {
            service.addBody(ws, user, id, name, kind, mandate, seats);
            redirect.addFlashAttribute("success", "body.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("bodyErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return governance(ws, id);
    }

    @PostMapping("/bodies/{bodyId}/seats")
    String addSeat(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long bodyId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String seatRole,
            @RequestParam(required = false) String since,
            RedirectAttributes redirect) {
        try {
            service.addSeat(ws, user, id, bodyId, personId, seatRole, since);
            redirect.addFlashAttribute("success", "seat.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("seatErrors", e.errors());
            redirect.addFlashAttribute("seatBody", bodyId);
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return governance(ws, id) + "#body-" + bodyId;
    }

    @PostMapping("/bodies/{bodyId}/seats/{seatId}/delete")
    String removeSeat(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long bodyId,
            @PathVariable long seatId,
            RedirectAttributes redirect) {
        service.removeSeat(ws, user, id, bodyId, seatId);
        redirect.addFlashAttribute("success", "seat.removed");
        return governance(ws, id) + "#body-" + bodyId;
    }

    @PostMapping("/meetings")
    String convene(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String bodyId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String agenda,
            RedirectAttributes redirect) {
        try {
            long meetingId = service.convene(ws, user, id, bodyId, title, startsAt, location, agenda);
            redirect.addFlashAttribute("success", "meeting.convened");
            return meetingPage(ws, id, meetingId);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("meetingErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
            return governance(ws, id) + "#meetings";
        }
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long meetingId,
            Model model) {
        Initiative i = service.visible(ws, user, id);
        Meeting m = service.meeting(i, meetingId);
        var body = service.bodies(i).stream()
                .filter(b -> b.body().id() == m.bodyId())
                .findFirst()
                .orElseThrow();
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.canEdit(ws, user, i));
        model.addAttribute("meeting", m);
        model.addAttribute("body", body);
        model.addAttribute("attendance", service.attendance(m.id()));
        model.addAttribute(
                "decisions",
                service.decisions(i).stream()
                        .filter(d -> d.meetingId() == m.id())
                        .toList());
        model.addAttribute("outcomes", Domain.Outcome.values());
        model.addAttribute("followUps", Domain.FollowUp.values());
        var endorsements = service.endorsements(i).stream()
                .filter(e -> m.id() == (e.meetingId() == null ? -1 : e.meetingId()))
                .toList();
        model.addAttribute("endorsements", endorsements);
        Map<Long, String> titles =
                service.documents(i).stream().collect(Collectors.toMap(Domain.Document::id, Domain.Document::title));
        model.addAttribute("docTitles", titles);
        return "initiatives/meeting";
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    String minutes(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) List<Long> present,
            RedirectAttributes redirect) {
        try {
            service.recordMinutes(ws, user, id, meetingId, minutes, present);
            redirect.addFlashAttribute("success", "meeting.minutes-saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return meetingPage(ws, id, meetingId);
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    String decide(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long meetingId,
            DecisionInput input,
            RedirectAttributes redirect) {
        try {
            service.decide(ws, user, id, meetingId, input);
            redirect.addFlashAttribute("success", "decision.recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("decisionErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return meetingPage(ws, id, meetingId) + "#decisions";
    }

    @PostMapping("/decisions/{decisionId}/follow-up")
    String followUp(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestParam(required = false) String followUp,
            @RequestParam(required = false) Long meetingId,
            RedirectAttributes redirect) {
        try {
            service.followUp(ws, user, id, decisionId, followUp);
            redirect.addFlashAttribute("success", "decision.follow-up-saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return meetingId == null ? governance(ws, id) : meetingPage(ws, id, meetingId) + "#decisions";
    }

    static <T> Map<Long, T> index(List<T> list, Function<T, Long> key) {
        return list.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}

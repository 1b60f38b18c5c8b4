package org.clusterworks.planning.matchmaking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The matchmaking page: offers and requests, suggested partners with their score explained, meeting requests. */
@Controller
@RequestMapping("/w/{workspace}/matchmaking")
class MatchmakingController {

    private final MatchmakingService service;

    MatchmakingController(MatchmakingService service) {
        this.service = service;
    }

    private static String page(CurrentWorkspace ws) {
        return "redirect:/w/" + ws.slug() + "/matchmaking";
    }

    @GetMapping
    String page(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @RequestParam(required = false) Long organisationId,
            Model model) {
        var posts = service.posts(ws);
        Long own = service.organisationOf(ws, user).orElse(null);
        Long viewed = organisationId != null && service.actsForAll(ws) ? organisationId : own;
        List<Matching.Suggestion> suggestions = viewed == null ? List.of() : service.suggestions(ws, viewed);
        Set<Long> ids = new HashSet<>();
        posts.forEach(p -> ids.add(p.organisationId()));
        var meetings = viewed == null ? List.<MatchmakingRepository.MeetingRequest>of() : service.meetings(ws, viewed);
        meetings.forEach(m -> {
            ids.add(m.fromOrgId());
            ids.add(m.toOrgId());
        });
        if (viewed != null) {
            ids.add(viewed);
        }
        model.addAttribute("posts", posts.stream().filter(Matching.Post::active).toList());
        model.addAttribute("names", service.organisations(ws.id(), ids));
        model.addAttribute("own", own);
        model.addAttribute("viewed", viewed);
        model.addAttribute("suggestions", suggestions.stream().limit(20).toList());
        model.addAttribute("meetings", meetings);
        model.addAttribute("gaps", Matching.gaps(viewed, posts));
        model.addAttribute("canPost", ws.can(Permission.CONTRIBUTE) && (own != null || service.actsForAll(ws)));
        model.addAttribute("actsForAll", service.actsForAll(ws));
        model.addAttribute(
                "organisations",
                service.actsForAll(ws) ? service.stakeholders().search(ws.id(), null, 5000) : List.of());
        model.addAttribute("kinds", Matching.PostKind.values());
        model.addAttribute("stages", Matching.Stage.values());
        return "planning/matchmaking";
    }

    @PostMapping("/posts")
    String publish(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String sectorCodes,
            @RequestParam(required = false) String valueChainStage,
            RedirectAttributes redirect) {
        try {
            service.publish(ws, user, organisationId, kind, title, description, sectorCodes, valueChainStage);
            redirect.addFlashAttribute("success", "planning.post-published");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("postErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return page(ws) + (organisationId == null ? "" : "?organisationId=" + organisationId.replaceAll("[^0-9]", ""));
    }

    @PostMapping("/posts/{postId}/close")
    String close(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long postId, RedirectAttributes redirect) {
        service.close(ws, user, postId);
        redirect.addFlashAttribute("success", "planning.post-closed");
        return page(ws);
    }

    @PostMapping("/meetings")
    String requestMeeting(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String postId,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        try {
            service.requestMeeting(ws, user, organisationId, postId, message);
            redirect.addFlashAttribute("success", "planning.meeting-requested");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return page(ws) + (organisationId == null ? "" : "?organisationId=" + organisationId.replaceAll("[^0-9]", ""))
                + "#meetings";
    }

    @PostMapping("/meetings/{meetingId}")
    String decide(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long meetingId,
            @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        try {
            service.decide(ws, user, meetingId, decision);
            redirect.addFlashAttribute("success", "planning.meeting-decided-ok");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return page(ws) + "#meetings";
    }
}

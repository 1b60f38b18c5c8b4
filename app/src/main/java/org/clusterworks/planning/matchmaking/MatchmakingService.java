package org.clusterworks.planning.matchmaking;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.planning.core.PlanningAccess;
import org.clusterworks.planning.matchmaking.Matching.Post;
import org.clusterworks.planning.matchmaking.MatchmakingRepository.MeetingRequest;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of matchmaking inside a workspace: members publish offers and requests for their own organisation (the
 * programme and cluster managers for any), everyone in the workspace sees them and the suggestions, a member asks
 * for a meeting on behalf of their organisation and the other organisation's people accept or decline.
 */
@Service
public class MatchmakingService {

    private final MatchmakingRepository repo;
    private final Stakeholders stakeholders;
    private final ApplicationEventPublisher events;

    MatchmakingService(MatchmakingRepository repo, Stakeholders stakeholders, ApplicationEventPublisher events) {
        this.repo = repo;
        this.stakeholders = stakeholders;
        this.events = events;
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action action, String type, Object id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), action, type, String.valueOf(id), summary));
    }

    public Optional<Long> organisationOf(CurrentWorkspace ws, AuthenticatedUser user) {
        return stakeholders.organisationOfUser(ws.id(), user.id());
    }

    /** Whether the user may post and request meetings for any organisation of the workspace. */
    public boolean actsForAll(CurrentWorkspace ws) {
        return ws.can(Permission.MANAGE_INITIATIVES);
    }

    public List<Post> posts(CurrentWorkspace ws) {
        ws.require(Permission.VIEW);
        return repo.posts(ws.id());
    }

    public Map<Long, StakeholderOrganisation> organisations(long workspaceId, Set<Long> ids) {
        return stakeholders.organisations(workspaceId, ids).stream()
                .collect(Collectors.toMap(StakeholderOrganisation::id, Function.identity()));
    }

    /** Suggested partners for an organisation of the workspace; 404 for an organisation outside it. */
    public List<Matching.Suggestion> suggestions(CurrentWorkspace ws, long organisationId) {
        ws.require(Permission.VIEW);
        if (stakeholders.organisation(ws.id(), organisationId).isEmpty()) {
            throw PlanningAccess.notFound("organisation " + organisationId);
        }
        List<Post> posts = repo.posts(ws.id());
        Set<Long> ids = new HashSet<>();
        posts.forEach(p -> ids.add(p.organisationId()));
        ids.add(organisationId);
        return Matching.suggest(
                organisationId, posts, organisations(ws.id(), ids), stakeholders.relationships(ws.id()));
    }

    private long actingOrganisation(
            CurrentWorkspace ws, AuthenticatedUser user, String organisationId, InvalidInput.Collector errors) {
        Long own = organisationOf(ws, user).orElse(null);
        Long chosen = FormFields.id("organisationId", organisationId, false, errors);
        if (chosen != null && !chosen.equals(own)) {
            if (!actsForAll(ws)) {
                throw new AccessDeniedException("User " + user.username() + " may not act for organisation " + chosen);
            }
            if (stakeholders.organisation(ws.id(), chosen).isEmpty()) {
                errors.add("organisationId", "input.unknown-choice");
            }
            return chosen;
        }
        if (own == null) {
            errors.add("organisationId", "planning.no-organisation");
            return -1;
        }
        return own;
    }

    @Transactional
    public long publish(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            String organisationId,
            String kind,
            String title,
            String description,
            String sectorCodes,
            String stage) {
        ws.require(Permission.CONTRIBUTE);
        var errors = new InvalidInput.Collector();
        long org = actingOrganisation(ws, user, organisationId, errors);
        Matching.PostKind k = FormFields.choice("kind", kind, Matching.PostKind.class, null, errors);
        String t = FormFields.required("title", title, 300, errors);
        String d = FormFields.optional("description", description, 4_000, errors);
        String codes = FormFields.optional("sectorCodes", sectorCodes, 300, errors);
        if (codes != null && !codes.matches("[0-9A-Za-z.,;\\s-]+")) {
            errors.add("sectorCodes", "planning.sector-codes-format");
        }
        Matching.Stage s = FormFields.choice("valueChainStage", stage, Matching.Stage.class, null, errors);
        errors.throwIfAny();
        long id = repo.insertPost(ws.id(), org, k, t, d, codes, s, user.displayName());
        audit(ws, AuditEvent.Action.CREATED, "planning-match-post", id, k + ": " + t);
        return id;
    }

    @Transactional
    public void close(CurrentWorkspace ws, AuthenticatedUser user, long postId) {
        ws.require(Permission.CONTRIBUTE);
        Post p = repo.post(ws.id(), postId).orElseThrow(() -> PlanningAccess.notFound("post " + postId));
        if (!actsForAll(ws)
                && !organisationOf(ws, user).map(o -> o == p.organisationId()).orElse(false)) {
            throw new AccessDeniedException("User " + user.username() + " may not close post " + postId);
        }
        repo.close(ws.id(), p.id());
        audit(ws, AuditEvent.Action.CHANGED, "planning-match-post", p.id(), "closed");
    }

    public List<MeetingRequest> meetings(CurrentWorkspace ws, long organisationId) {
        return repo.meetings(ws.id(), organisationId);
    }

    @Transactional
    public long requestMeeting(
            CurrentWorkspace ws, AuthenticatedUser user, String fromOrganisationId, String postId, String message) {
        ws.require(Permission.CONTRIBUTE);
        var errors = new InvalidInput.Collector();
        long from = actingOrganisation(ws, user, fromOrganisationId, errors);
        Long pid = FormFields.id("postId", postId, true, errors);
        String m = FormFields.optional("message", message, 2_000, errors);
        Post p = pid == null ? null : repo.post(ws.id(), pid).orElse(null);
        if (pid != null && p == null) {
            errors.add("postId", "input.unknown-choice");
        }
        if (p != null && p.organisationId() == from) {
            errors.add("postId", "planning.meeting-with-self");
        }
        if (p != null
                && repo.meetings(ws.id(), from).stream()
                        .anyMatch(r -> r.toOrgId() == p.organisationId()
                                && r.fromOrgId() == from
                                && "REQUESTED".equals(r.status()))) {
            errors.add("postId", "planning.meeting-pending");
        }
        errors.throwIfAny();
        long id = repo.insertMeeting(ws.id(), from, p.organisationId(), p.id(), m, user.displayName());
        audit(ws, AuditEvent.Action.CREATED, "planning-meeting-request", id, from + " -> " + p.organisationId());
        return id;
    }

    @Transactional
    public void decide(CurrentWorkspace ws, AuthenticatedUser user, long meetingId, String decision) {
        ws.require(Permission.CONTRIBUTE);
        MeetingRequest r =
                repo.meeting(ws.id(), meetingId).orElseThrow(() -> PlanningAccess.notFound("meeting " + meetingId));
        if (!organisationOf(ws, user).map(o -> o == r.toOrgId()).orElse(false)) {
            throw new AccessDeniedException("Only the invited organisation decides on meeting " + meetingId);
        }
        var errors = new InvalidInput.Collector();
        String d = FormFields.text(decision);
        if (!"ACCEPTED".equals(d) && !"DECLINED".equals(d)) {
            errors.add("decision", "input.unknown-choice");
        }
        if (!"REQUESTED".equals(r.status())) {
            errors.add("decision", "planning.meeting-decided");
        }
        errors.throwIfAny();
        repo.decide(ws.id(), r.id(), d);
        audit(ws, AuditEvent.Action.CHANGED, "planning-meeting-request", r.id(), d);
    }

    public Stakeholders stakeholders() {
        return stakeholders;
    }
}

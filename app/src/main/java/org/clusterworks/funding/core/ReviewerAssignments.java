package org.clusterworks.funding.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers per application: each submitted, eligible application gets the call's number of reviewers, taken from the
 * call's reviewers who are not conflicted (linked to an applicant organisation or declared), least loaded first (fewest
 * assignments in the call, then lowest user id); the programme can rebalance, add and remove.
 */
@Component
public class ReviewerAssignments {

    private final FundingAccess access;
    private final FundingRepository repo;
    private final WorkflowRepository flow;
    private final ApplicationEventPublisher events;

    ReviewerAssignments(FundingAccess access, ApplicationEventPublisher events) {
        this.access = access;
        this.repo = access.repo();
        this.flow = access.flow();
        this.events = events;
    }

    /**
     * The {@code needed} candidates to assign, least loaded first, ties broken by the lower id.
     *
     * @param candidates the reviewers who may be assigned
     * @param load the current number of assignments per reviewer (absent: none)
     */
    static List<Long> pick(List<Long> candidates, Map<Long, Integer> load, int needed) {
        return candidates.stream()
                .sorted(Comparator.<Long>comparingInt(u -> load.getOrDefault(u, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, needed))
                .toList();
    }

    /** Whether the application is before the reviewers: submitted, eligible, not decided. */
    private boolean inReview(Application a) {
        return a.status() == Domain.Status.SUBMITTED && a.decision() == null && access.eligible(a.id());
    }

    /** Assigns reviewers until the application has the call's number of unconflicted ones; returns those added. */
    @Transactional
    public List<Long> topUp(long workspaceId, Application a, Long by) {
        if (!inReview(a)) {
            return List.of();
        }
        int wanted = flow.settings(a.callId()).reviewersPerApplication();
        long have = flow.assigned(a.id()).stream()
                .filter(u -> !access.conflicted(workspaceId, u, a.id()))
                .count();
        List<Long> candidates = new ArrayList<>();
        for (long u : repo.reviewers(a.callId())) {
            if (!flow.isAssigned(a.id(), u) && !access.conflicted(workspaceId, u, a.id())) {
                candidates.add(u);
            }
        }
        List<Long> chosen = pick(candidates, flow.load(a.callId()), (int) (wanted - have));
        chosen.forEach(u -> flow.assign(a.id(), u, by));
        return chosen;
    }

    /** Tops up every application in review of the call, oldest submission first; returns how many were assigned. */
    @Transactional
    public int balance(CurrentWorkspace ws, long callId, Long by) {
        ws.require(Permission.MANAGE_PROGRAMME);
        access.call(ws, callId);
        int n = 0;
        List<Application> apps = new ArrayList<>(repo.applications(callId));
        apps.sort(Comparator.comparing(
                        (Application a) -> a.submittedAt() == null ? java.time.OffsetDateTime.MAX : a.submittedAt())
                .thenComparingLong(Application::id));
        for (Application a : apps) {
            n += topUp(ws.id(), a, by).size();
        }
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CHANGED, "funding-call", "" + callId, "Reviewers balanced: " + n));
        return n;
    }

    /** Assigns a reviewer of the call who is not conflicted. */
    @Transactional
    public void assign(CurrentWorkspace ws, long applicationId, long userId, Long by) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Application a =
                repo.application(ws.id(), applicationId).orElseThrow(() -> FundingAccess.notFound("application"));
        if (!repo.reviewers(a.callId()).contains(userId)) {
            throw new InvalidInput(Map.of("userId", "funding.assign.not-reviewer"));
        }
        if (access.conflicted(ws.id(), userId, applicationId)) {
            throw new InvalidInput(Map.of("userId", "funding.assign.conflicted"));
        }
        if (!inReview(a)) {
            throw new InvalidInput(Map.of("userId", "funding.assign.not-in-review"));
        }
        flow.assign(applicationId, userId, by);
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.CHANGED,
                "funding-application",
                "" + applicationId,
                "Reviewer " + userId + " assigned"));
    }

    /** Removes a reviewer who has not scored the application yet. */
    @Transactional
    public void unassign(CurrentWorkspace ws, long applicationId, long userId) {
        ws.require(Permission.MANAGE_PROGRAMME);
        repo.application(ws.id(), applicationId).orElseThrow(() -> FundingAccess.notFound("application"));
        if (flow.hasScored(applicationId, userId)) {
            throw new InvalidInput(Map.of("userId", "funding.assign.scored"));
        }
        if (flow.unassign(applicationId, userId) == 0) {
            throw FundingAccess.notFound("assignment");
        }
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.CHANGED,
                "funding-application",
                "" + applicationId,
                "Reviewer " + userId + " removed"));
    }
}

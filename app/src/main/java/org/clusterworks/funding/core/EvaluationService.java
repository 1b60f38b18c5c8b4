package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.Decision;
import org.clusterworks.funding.evaluation.Scoring;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews (declarations and scores), the panel's ranking and consensus, and the programme's decisions. */
@Service
public class EvaluationService {

    private final FundingAccess access;
    private final FundingRepository repo;
    private final ApplicationEventPublisher events;
    private final ReviewerAssignments assignments;
    private final GrantAnnouncement announcement;

    EvaluationService(
            FundingAccess access,
            ApplicationEventPublisher events,
            ReviewerAssignments assignments,
            GrantAnnouncement announcement) {
        this.access = access;
        this.repo = access.repo();
        this.events = events;
        this.assignments = assignments;
        this.announcement = announcement;
    }

    /**
     * The application if the user is one of its call's reviewers, assigned to it and not linked to an applicant; else
     * 404.
     */
    private Application reviewable(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        Application a = repo.application(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("application"));
        boolean reviewer = repo.reviewers(a.callId()).contains(user.id());
        if (!reviewer
                || !access.flow().isAssigned(id, user.id())
                || a.status() != Domain.Status.SUBMITTED
                || !access.eligible(id)
                || access.linked(ws.id(), user.id(), id)) {
            throw FundingAccess.notFound("application");
        }
        return a;
    }

    /** Records the reviewer's declaration: with a conflict they no longer see the application. */
    @Transactional
    public void declare(CurrentWorkspace ws, AuthenticatedUser user, long id, boolean conflict, String note) {
        Application a = reviewable(ws, user, id);
        repo.declare(id, user.id(), conflict, note == null || note.isBlank() ? null : note.strip());
        if (conflict) {
            assignments.topUp(ws.id(), a, null);
        }
    }

    /** Saves the reviewer's score and comment for every criterion (all or nothing). */
    @Transactional
    public void score(CurrentWorkspace ws, AuthenticatedUser user, long id, Map<String, String> fields) {
        Application a = reviewable(ws, user, id);
        var declared = repo.conflict(id, user.id());
        if (declared.isEmpty()) {
            throw new InvalidInput(Map.of("declaration", "funding.review.declare-first"));
        }
        if (declared.get().conflict()) {
            throw FundingAccess.notFound("application");
        }
        if (a.decision() != null) {
            throw new InvalidInput(Map.of("decision", "funding.review.decided"));
        }
        Call call = access.call(ws, a.callId());
        var errors = new InvalidInput.Collector();
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (var c : repo.criteria(call.id())) {
            String field = "score_" + c.id();
            String text = fields.get(field);
            try {
                int s = Integer.parseInt(text == null ? "" : text.strip());
                if (s < call.scaleMin() || s > call.scaleMax()) {
                    errors.add(field, "funding.review.out-of-scale");
                } else {
                    scores.put(c.id(), s);
                }
            } catch (NumberFormatException e) {
                errors.add(field, "funding.review.out-of-scale");
            }
        }
        errors.throwIfAny();
        scores.forEach((criterion, s) -> {
            String comment = fields.get("comment_" + criterion);
            repo.score(id, user.id(), criterion, s, comment == null || comment.isBlank() ? null : comment.strip());
        });
    }

    /** One application as the panel sees it. */
    public record Row(
            Application application,
            String lead,
            boolean eligible,
            Map<Long, BigDecimal> byReviewer,
            Scoring.Panel panel,
            Integer rank,
            BigDecimal cumulative,
            boolean withinBudget) {}

    private static List<Scoring.Criterion> criteria(List<Domain.Criterion> cs) {
        return cs.stream().map(c -> new Scoring.Criterion(c.id(), c.weight())).toList();
    }

    /** Every submitted application of the call with its scores, ranked; the cumulative grant runs down the ranking. */
    public List<Row> panel(CurrentWorkspace ws, long callId) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Call call = access.call(ws, callId);
        var criteria = criteria(repo.criteria(callId));
        List<Application> apps = repo.applications(callId).stream()
                .filter(a -> a.status() == Domain.Status.SUBMITTED)
                .toList();
        Map<Long, String> names = new HashMap<>();
        access.stakeholders()
                .organisations(
                        ws.id(), apps.stream().map(Application::leadOrgId).toList())
                .forEach(o -> names.put(o.id(), o.name()));
        Map<Long, Scoring.Panel> panels = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> perReviewer = new HashMap<>();
        Map<Long, Boolean> eligible = new HashMap<>();
        List<Scoring.Candidate> candidates = new ArrayList<>();
        for (Application a : apps) {
            Map<Long, Map<Long, Integer>> byReviewer = new LinkedHashMap<>();
            repo.scores(a.id())
                    .forEach(s -> byReviewer
                            .computeIfAbsent(s.userId(), k -> new HashMap<>())
                            .put(s.criterionId(), s.score()));
            Map<Long, BigDecimal> weighted = new LinkedHashMap<>();
            byReviewer.forEach(
                    (u, s) -> weighted.put(u, Scoring.weighted(criteria, s).orElse(null)));
            Scoring.Panel p = Scoring.panel(criteria, byReviewer, a.consensusScore());
            boolean ok = access.eligible(a.id());
            panels.put(a.id(), p);
            perReviewer.put(a.id(), weighted);
            eligible.put(a.id(), ok);
            if (ok) {
                candidates.add(new Scoring.Candidate(
                        a.id(),
                        p.score(),
                        a.submittedAt() == null ? null : a.submittedAt().toInstant()));
            }
        }
        Map<Long, Integer> ranks = new HashMap<>();
        Scoring.rank(candidates).forEach(r -> ranks.put(r.candidate().applicationId(), r.rank()));
        List<Application> ordered = new ArrayList<>(apps);
        ordered.sort(java.util.Comparator.comparing((Application a) -> ranks.getOrDefault(a.id(), Integer.MAX_VALUE))
                .thenComparingLong(Application::id));
        List<Row> rows = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Application a : ordered) {
            Integer rank = ranks.get(a.id());
            BigDecimal cumulative = null;
            boolean within = false;
            if (rank != null && a.decision() != Decision.REJECTED) {
                running = running.add(a.requested());
                cumulative = running;
                within = running.compareTo(call.budget()) <= 0;
            }
            rows.add(new Row(
                    a,
                    names.getOrDefault(a.leadOrgId(), "#" + a.leadOrgId()),
                    eligible.get(a.id()),
                    perReviewer.get(a.id()),
                    panels.get(a.id()),
                    rank,
                    cumulative,
                    within));
        }
        return rows;
    }

    @Transactional
    public void consensus(CurrentWorkspace ws, long id, String score, String note) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Application a = repo.application(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("application"));
        Call call = access.call(ws, a.callId());
        var errors = new InvalidInput.Collector();
        BigDecimal s = ApplicationForm.optionalAmount("consensus", score, errors);
        if (s != null
                && (s.compareTo(BigDecimal.valueOf(call.scaleMin())) < 0
                        || s.compareTo(BigDecimal.valueOf(call.scaleMax())) > 0)) {
            errors.add("consensus", "funding.review.out-of-scale");
        }
        if (s != null && (note == null || note.isBlank())) {
            errors.add("consensusNote", "funding.error.required");
        }
        errors.throwIfAny();
        repo.consensus(id, s, s == null ? null : note.strip());
    }

    /**
     * Records the programme's decision with its reason. An award must fit in what is left of the call's budget; it
     * creates the grant (the amount requested) and publishes {@link org.clusterworks.funding.GrantAwarded}.
     */
    @Transactional
    public void decide(CurrentWorkspace ws, AuthenticatedUser user, long id, String decision, String reason) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Application a = repo.application(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("application"));
        Call call = access.call(ws, a.callId());
        var errors = new InvalidInput.Collector();
        Decision d = null;
        try {
            d = Decision.valueOf(decision == null ? "" : decision.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("decision", "funding.decision.unknown");
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "funding.error.required");
        }
        if (a.status() != Domain.Status.SUBMITTED) {
            errors.add("decision", "funding.decision.not-submitted");
        }
        errors.throwIfAny();
        if (d == Decision.AWARDED && !access.eligible(id)) {
            throw new InvalidInput(Map.of("decision", "funding.decision.ineligible"));
        }
        var grant = repo.grantOf(id);
        if (d == Decision.AWARDED && grant.isEmpty()) {
            BigDecimal committed = repo.applications(call.id()).stream()
                    .filter(x -> x.decision() == Decision.AWARDED && x.id() != id)
                    .map(Application::requested)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (committed.add(a.requested()).compareTo(call.budget()) > 0) {
                throw new InvalidInput(Map.of("decision", "funding.decision.over-budget"));
            }
        }
        if (d != Decision.AWARDED && grant.isPresent()) {
            if (!repo.milestones(grant.get().id()).isEmpty()
                    || !repo.payments(grant.get().id()).isEmpty()) {
                throw new InvalidInput(Map.of("decision", "funding.decision.grant-started"));
            }
            repo.deleteGrant(id);
        }
        repo.decide(id, d, reason.strip(), user.id());
        if (d == Decision.AWARDED && grant.isEmpty()) {
            LocalDate today = LocalDate.now(call.zone());
            long g = repo.insertGrant(
                    ws.id(), id, a.requested(), "GA-" + call.id() + "-" + id, null, today, today.plusMonths(12));
            events.publishEvent(announcement.of(ws.id(), g, call, a));
        }
        events.publishEvent(
                new AuditEvent(ws.id(), AuditEvent.Action.CHANGED, "funding-application", "" + id, "Decision " + d));
    }
}

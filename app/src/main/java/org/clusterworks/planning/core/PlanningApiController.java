package org.clusterworks.planning.core;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.planning.JointActionSummary;
import org.clusterworks.planning.Plans;
import org.clusterworks.planning.matchmaking.Matching;
import org.clusterworks.planning.matchmaking.MatchmakingService;
import org.clusterworks.planning.plan.Domain;
import org.clusterworks.planning.plan.PlanService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action plans, the golden-thread check, joint actions and match suggestions over REST (read-only). */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}")
@Tag(name = "Planning", description = "Vision, action plans, joint actions and partner matchmaking")
class PlanningApiController {

    private final PlanService plans;
    private final Plans api;
    private final MatchmakingService matchmaking;

    PlanningApiController(PlanService plans, Plans api, MatchmakingService matchmaking) {
        this.plans = plans;
        this.api = api;
        this.matchmaking = matchmaking;
    }

    /** An action plan in API answers. */
    record ActionPlanDto(long initiativeId, String vision, List<ObjectiveDto> objectives, List<LineDto> unassigned) {}

    /** An objective with its action lines. */
    record ObjectiveDto(
            long id, String code, String title, String status, List<Long> swotItemIds, List<LineDto> actionLines) {}

    /** An action line. */
    record LineDto(
            long id,
            String code,
            String title,
            String status,
            Long ownerOrganisationId,
            String owner,
            Long ownerPersonId,
            List<Long> partnerOrganisationIds,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal budget,
            String currency,
            BigDecimal membersSharePct,
            Map<String, BigDecimal> funderSharesPct,
            List<Long> swotItemIds,
            List<MilestoneDto> milestones) {}

    /** A milestone. */
    record MilestoneDto(String title, LocalDate dueDate, boolean done) {}

    /** A golden-thread finding. */
    record FindingDto(String kind, String subjectType, long subjectId, String subject, String message) {}

    /** A match suggestion with the parts of its score. */
    record SuggestionDto(
            long partnerOrganisationId,
            String partner,
            long theirPostId,
            String theirPost,
            String theirKind,
            long ownPostId,
            String ownPost,
            int score,
            int sectorPoints,
            List<String> sharedCodes,
            int helixPoints,
            int stagePoints,
            int newLinkPoints) {}

    private LineDto line(PlanService.Plan p, Domain.ActionLine l) {
        Map<String, BigDecimal> shares = new java.util.LinkedHashMap<>();
        p.funders().getOrDefault(l.id(), List.of()).forEach(f -> shares.put(f.funderName(), f.sharePct()));
        return new LineDto(
                l.id(),
                l.code(),
                l.title(),
                l.status().name(),
                l.ownerOrgId(),
                p.organisationName(l.ownerOrgId()),
                l.ownerPersonId(),
                p.partners().getOrDefault(l.id(), List.of()),
                l.startDate(),
                l.endDate(),
                l.budget(),
                l.currency(),
                l.membersSharePct(),
                shares,
                p.lineSwot().getOrDefault(l.id(), List.of()),
                p.milestones().getOrDefault(l.id(), List.of()).stream()
                        .map(m -> new MilestoneDto(m.title(), m.dueDate(), m.done()))
                        .toList());
    }

    @GetMapping("/initiatives/{id}/action-plan")
    @Operation(
            summary = "The initiative's vision, objectives and action lines with owners, dates, budget and SWOT links")
    ActionPlanDto actionPlan(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        PlanService.Plan p = plans.plan(ws, user, id);
        List<ObjectiveDto> objectives = p.objectives().stream()
                .map(o -> new ObjectiveDto(
                        o.id(),
                        o.code(),
                        o.title(),
                        o.status().name(),
                        p.objectiveSwot().getOrDefault(o.id(), List.of()),
                        p.linesOf(o.id()).stream().map(l -> line(p, l)).toList()))
                .toList();
        return new ActionPlanDto(
                id,
                p.vision() == null ? null : p.vision().statement(),
                objectives,
                p.linesWithoutObjective().stream().map(l -> line(p, l)).toList());
    }

    @GetMapping("/initiatives/{id}/golden-thread")
    @Operation(summary = "The golden-thread check's findings: gaps between SWOT, objectives, action lines, indicators")
    List<FindingDto> goldenThread(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        PlanService.Plan p = plans.plan(ws, user, id);
        var messages = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return plans.goldenThread(p).stream()
                .map(f -> new FindingDto(
                        f.kind().name(),
                        f.subjectType(),
                        f.subjectId(),
                        f.subject(),
                        plans.message(f.kind().messageKey(), messages)))
                .toList();
    }

    @GetMapping("/initiatives/{id}/joint-actions")
    @Operation(summary = "The initiative's joint actions with participants, contributions and co-financing")
    List<JointActionSummary> jointActions(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        plans.access().visible(ws, user, id);
        return api.jointActions(ws.id(), id);
    }

    @GetMapping("/organisations/{id}/match-suggestions")
    @Operation(summary = "Suggested partners for an organisation's offers and requests, with the score explained")
    List<SuggestionDto> suggestions(CurrentWorkspace ws, @PathVariable long id) {
        return matchmaking.suggestions(ws, id).stream()
                .map(s -> new SuggestionDto(
                        s.partner().id(),
                        s.partner().name(),
                        s.theirs().id(),
                        s.theirs().title(),
                        s.theirs().kind().name(),
                        s.mine().id(),
                        s.mine().title(),
                        s.score(),
                        s.sectorPoints(),
                        s.sharedCodes(),
                        s.helixPoints(),
                        s.stagePoints(),
                        s.newLinkPoints()))
                .toList();
    }

    /** A value-chain stage no organisation offers anything at, with the active requests waiting there. */
    record GapDto(String stage, int requests, List<PostRef> organisationRequests) {}

    /** A post in API answers: id and title. */
    record PostRef(long id, String title) {}

    @GetMapping("/value-chain-gaps")
    @Operation(
            summary = "Value-chain stages with no active offer in the workspace, with how many requests wait there;"
                    + " with organisationId, that organisation's own requests at each gap")
    List<GapDto> gaps(CurrentWorkspace ws, @RequestParam(required = false) Long organisationId) {
        return Matching.gaps(organisationId, matchmaking.posts(ws)).stream()
                .map(g -> new GapDto(
                        g.stage().name(),
                        g.requests(),
                        g.own().stream()
                                .map(p -> new PostRef(p.id(), p.title()))
                                .toList()))
                .toList();
    }
}

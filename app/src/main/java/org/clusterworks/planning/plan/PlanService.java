package org.clusterworks.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.IndicatorCoverage;
import org.clusterworks.planning.IndicatorQuality;
import org.clusterworks.planning.core.PlanningAccess;
import org.clusterworks.planning.core.SwotLookup;
import org.clusterworks.planning.core.SwotLookup.Swot;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.planning.plan.Domain.Comment;
import org.clusterworks.planning.plan.Domain.Funder;
import org.clusterworks.planning.plan.Domain.Milestone;
import org.clusterworks.planning.plan.Domain.Objective;
import org.clusterworks.planning.plan.Domain.ObjectiveStatus;
import org.clusterworks.planning.plan.Domain.Version;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of an initiative's vision and action plan: who edits it (the initiative's manager and the programme),
 * who comments (members), what a valid objective, action line and milestone is, the golden-thread check, versions
 * and submission for endorsement. Every change publishes an {@link AuditEvent}.
 */
@Service
public class PlanService {

    private final PlanRepository repo;
    private final PlanningAccess access;
    private final SwotLookup swot;
    private final Stakeholders stakeholders;
    private final Initiatives initiatives;
    private final ObjectProvider<IndicatorCoverage> coverage;
    private final ObjectProvider<IndicatorQuality> quality;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final org.springframework.context.MessageSource messages;

    PlanService(
            PlanRepository repo,
            PlanningAccess access,
            SwotLookup swot,
            Stakeholders stakeholders,
            Initiatives initiatives,
            ObjectProvider<IndicatorCoverage> coverage,
            ObjectProvider<IndicatorQuality> quality,
            ApplicationEventPublisher events,
            JsonMapper json,
            org.springframework.context.MessageSource messages) {
        this.repo = repo;
        this.access = access;
        this.swot = swot;
        this.stakeholders = stakeholders;
        this.initiatives = initiatives;
        this.coverage = coverage;
        this.quality = quality;
        this.events = events;
        this.json = json;
        this.messages = messages;
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action action, String type, Object id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), action, type, String.valueOf(id), summary));
    }

    public String message(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    public PlanningAccess access() {
        return access;
    }

    /** Everything a plan page shows, read once. */
    public record Plan(
            InitiativeSummary initiative,
            Domain.Vision vision,
            List<Objective> objectives,
            List<Comment> comments,
            List<ActionLine> lines,
            Map<Long, List<Long>> objectiveSwot,
            Map<Long, List<Long>> lineSwot,
            Map<Long, List<Long>> partners,
            Map<Long, List<Funder>> funders,
            Map<Long, List<Milestone>> milestones,
            List<Swot> swot,
            Map<Long, StakeholderOrganisation> organisations,
            Map<Long, StakeholderPerson> people) {

        public Map<Long, Swot> swotById() {
            return swot.stream().collect(Collectors.toMap(Swot::id, Function.identity()));
        }

        public Map<Long, Objective> objectiveById() {
            return objectives.stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        }

        public List<ActionLine> linesOf(long objectiveId) {
            return lines.stream()
                    .filter(l -> Long.valueOf(objectiveId).equals(l.objectiveId()))
                    .toList();
        }

        public List<ActionLine> linesWithoutObjective() {
            return lines.stream().filter(l -> l.objectiveId() == null).toList();
        }

        public List<Comment> commentsOn(Long objectiveId) {
            return comments.stream()
                    .filter(c -> java.util.Objects.equals(c.objectiveId(), objectiveId))
                    .toList();
        }

        /** The plan's budget, cancelled lines left out. */
        public BigDecimal totalBudget() {
            return lines.stream()
                    .filter(l -> l.status() != Domain.ActionStatus.CANCELLED && l.budget() != null)
                    .map(ActionLine::budget)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The funders' shares of a line added up, in percent. */
        public BigDecimal fundersShare(long lineId) {
            return funders.getOrDefault(lineId, List.of()).stream()
                    .map(Funder::sharePct)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public String organisationName(Long id) {
            return id == null || !organisations.containsKey(id)
                    ? ""
                    : organisations.get(id).name();
        }

        public String personName(Long id) {
            return id == null || !people.containsKey(id) ? "" : people.get(id).fullName();
        }
    }

    public Plan plan(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId) {
        return load(access.visible(ws, user, initiativeId));
    }

    Plan load(InitiativeSummary i) {
        long ws = i.workspaceId();
        List<ActionLine> lines = repo.lines(i.id());
        Map<Long, List<Long>> partners = repo.partners(i.id());
        Set<Long> orgIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        lines.forEach(l -> {
            if (l.ownerOrgId() != null) {
                orgIds.add(l.ownerOrgId());
            }
            if (l.ownerPersonId() != null) {
                personIds.add(l.ownerPersonId());
            }
        });
        partners.values().forEach(orgIds::addAll);
        return new Plan(
                i,
                repo.vision(i.id()).orElse(null),
                repo.objectives(i.id()),
                repo.comments(i.id()),
                lines,
                repo.objectiveSwot(i.id()),
                repo.lineSwot(i.id()),
                partners,
                repo.funders(i.id()).stream().collect(Collectors.groupingBy(Funder::actionLineId)),
                repo.milestones(i.id()).stream().collect(Collectors.groupingBy(Milestone::actionLineId)),
                swot.items(ws, i.id()),
                stakeholders.organisations(ws, orgIds).stream()
                        .collect(Collectors.toMap(StakeholderOrganisation::id, Function.identity())),
                stakeholders.people(ws, personIds).stream()
                        .collect(Collectors.toMap(StakeholderPerson::id, Function.identity())));
    }

    // Golden thread

    public List<GoldenThread.Finding> goldenThread(Plan p) {
        IndicatorCoverage c = coverage.getIfAvailable();
        GoldenThread.Coverage cov = c == null
                ? null
                : new GoldenThread.Coverage(
                        c.measuredActionLines(
                                p.initiative().workspaceId(), p.initiative().id()),
                        c.measuredObjectives(
                                p.initiative().workspaceId(), p.initiative().id()));
        IndicatorQuality q = quality.getIfAvailable();
        return GoldenThread.check(
                p.objectives(),
                p.lines(),
                p.objectiveSwot(),
                p.lineSwot(),
                p.swot(),
                cov,
                q == null
                        ? List.of()
                        : q.incomplete(
                                p.initiative().workspaceId(), p.initiative().id()));
    }

    public boolean monitoringAnswers() {
        return coverage.getIfAvailable() != null;
    }

    // Vision and objectives

    @Transactional
    public void saveVision(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, String statement) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        String s = FormFields.required("statement", statement, 10_000, errors);
        errors.throwIfAny();
        repo.saveVision(ws.id(), i.id(), s, user.displayName());
        audit(ws, AuditEvent.Action.CHANGED, "planning-vision", i.id(), "Vision of initiative " + i.id());
    }

    @Transactional
    public long saveObjective(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long initiativeId,
            Long objectiveId,
            String code,
            String title,
            String description,
            String status,
            List<String> swotItemIds) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        if (objectiveId != null && repo.objective(i.id(), objectiveId).isEmpty()) {
            throw PlanningAccess.notFound("objective " + objectiveId);
        }
        var errors = new InvalidInput.Collector();
        String c = FormFields.optional("code", code, 20, errors);
        String t = FormFields.required("title", title, 300, errors);
        String d = FormFields.optional("description", description, 10_000, errors);
        ObjectiveStatus s = FormFields.choice("status", status, ObjectiveStatus.class, ObjectiveStatus.DRAFT, errors);
        List<Long> items = FormFields.ids("swotItemIds", swotItemIds, errors);
        checkSwot(ws, i, items, errors);
        errors.throwIfAny();
        if (c == null) {
            c = objectiveId != null
                    ? repo.objective(i.id(), objectiveId).orElseThrow().code()
                    : "O" + (repo.objectives(i.id()).size() + 1);
        }
        long id;
        if (objectiveId == null) {
            id = repo.insertObjective(ws.id(), i.id(), c, t, d, s.name());
            audit(ws, AuditEvent.Action.CREATED, "planning-objective", id, c + " " + t);
        } else {
            id = objectiveId;
            repo.updateObjective(i.id(), id, c, t, d, s.name());
            audit(ws, AuditEvent.Action.CHANGED, "planning-objective", id, c + " " + t);
        }
        repo.setObjectiveSwot(id, items);
        return id;
    }

    @Transactional
    public void deleteObjective(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long objectiveId) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        Objective o = repo.objective(i.id(), objectiveId)
                .orElseThrow(() -> PlanningAccess.notFound("objective " + objectiveId));
        repo.deleteObjective(i.id(), o.id());
        audit(ws, AuditEvent.Action.DELETED, "planning-objective", o.id(), o.code() + " " + o.title());
    }

    private void checkSwot(CurrentWorkspace ws, InitiativeSummary i, List<Long> items, InvalidInput.Collector errors) {
        if (items.isEmpty()) {
            return;
        }
        Set<Long> known = swot.items(ws.id(), i.id()).stream().map(Swot::id).collect(Collectors.toSet());
        if (!known.containsAll(items)) {
            errors.add("swotItemIds", "input.unknown-choice");
        }
    }

    /** A member's comment on the vision (no objective) or on an objective. */
    @Transactional
    public long comment(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, Long objectiveId, String body) {
        InitiativeSummary i = access.contributing(ws, user, initiativeId);
        if (objectiveId != null && repo.objective(i.id(), objectiveId).isEmpty()) {
            throw PlanningAccess.notFound("objective " + objectiveId);
        }
        var errors = new InvalidInput.Collector();
        String b = FormFields.required("body", body, 4_000, errors);
        errors.throwIfAny();
        long id = repo.insertComment(i.id(), objectiveId, user.id(), user.displayName(), b);
        audit(ws, AuditEvent.Action.CREATED, "planning-comment", id, "Comment on initiative " + i.id());
        return id;
    }

    // Action lines

    @Transactional
    public long saveLine(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, Long lineId, ActionLineInput input) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        ActionLine existing = lineId == null
                ? null
                : repo.line(i.id(), lineId).orElseThrow(() -> PlanningAccess.notFound("action line " + lineId));
        var errors = new InvalidInput.Collector();
        ActionLineInput.Valid v = input.check(errors);
        Objective objective = null;
        if (v.objectiveId() != null) {
            objective = repo.objective(i.id(), v.objectiveId()).orElse(null);
            if (objective == null) {
                errors.add("objectiveId", "input.unknown-choice");
            }
        }
        if (v.ownerOrgId() != null
                && stakeholders.organisation(ws.id(), v.ownerOrgId()).isEmpty()) {
            errors.add("ownerOrgId", "input.unknown-choice");
        }
        if (v.ownerPersonId() != null) {
            var person = stakeholders.person(ws.id(), v.ownerPersonId());
            if (person.isEmpty()) {
                errors.add("ownerPersonId", "input.unknown-choice");
            } else if (v.ownerOrgId() != null
                    && !v.ownerOrgId().equals(person.get().organisationId())) {
                errors.add("ownerPersonId", "planning.person-not-of-owner");
            }
        }
        if (stakeholders.organisations(ws.id(), v.partnerIds()).size()
                != v.partnerIds().size()) {
            errors.add("partnerIds", "input.unknown-choice");
        }
        checkSwot(ws, i, v.swotItemIds(), errors);
        errors.throwIfAny();
        if (v.code() == null) {
            String code = existing != null ? existing.code() : nextCode(i.id(), objective);
            v = new ActionLineInput.Valid(
                    v.objectiveId(),
                    code,
                    v.title(),
                    v.description(),
                    v.ownerOrgId(),
                    v.ownerPersonId(),
                    v.startDate(),
                    v.endDate(),
                    v.budget(),
                    v.currency(),
                    v.membersSharePct(),
                    v.status(),
                    v.funders(),
                    v.partnerIds(),
                    v.swotItemIds());
        }
        long id;
        if (existing == null) {
            id = repo.insertLine(ws.id(), i.id(), v);
            audit(ws, AuditEvent.Action.CREATED, "planning-action-line", id, v.code() + " " + v.title());
        } else {
            id = existing.id();
            repo.updateLine(i.id(), id, v);
            audit(ws, AuditEvent.Action.CHANGED, "planning-action-line", id, v.code() + " " + v.title());
        }
        repo.setFunders(id, v.funders());
        repo.setPartners(id, v.partnerIds());
        repo.setLineSwot(id, v.swotItemIds());
        return id;
    }

    private String nextCode(long initiativeId, Objective objective) {
        String prefix = objective == null ? "A" : "A" + objective.code().replaceAll("[^0-9]", "") + ".";
        Set<String> taken =
                repo.lines(initiativeId).stream().map(ActionLine::code).collect(Collectors.toSet());
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    @Transactional
    public void deleteLine(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long lineId) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        ActionLine l = repo.line(i.id(), lineId).orElseThrow(() -> PlanningAccess.notFound("action line " + lineId));
        repo.deleteLine(i.id(), l.id());
        audit(ws, AuditEvent.Action.DELETED, "planning-action-line", l.id(), l.code() + " " + l.title());
    }

    public ActionLine line(InitiativeSummary i, long lineId) {
        return repo.line(i.id(), lineId).orElseThrow(() -> PlanningAccess.notFound("action line " + lineId));
    }

    @Transactional
    public long addMilestone(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long lineId, String title, String due) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        ActionLine l = line(i, lineId);
        var errors = new InvalidInput.Collector();
        String t = FormFields.required("milestoneTitle", title, 300, errors);
        LocalDate d = FormFields.date("dueDate", due, true, errors);
        if (d != null && (d.isBefore(l.startDate()) || d.isAfter(l.endDate()))) {
            errors.add("dueDate", "planning.milestone-outside-line");
        }
        errors.throwIfAny();
        long id = repo.insertMilestone(l.id(), t, d);
        audit(ws, AuditEvent.Action.CREATED, "planning-milestone", id, l.code() + ": " + t);
        return id;
    }

    @Transactional
    public void setMilestoneDone(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long initiativeId,
            long lineId,
            long milestoneId,
            boolean done) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        ActionLine l = line(i, lineId);
        if (repo.setMilestoneDone(l.id(), milestoneId, done) == 0) {
            throw PlanningAccess.notFound("milestone " + milestoneId);
        }
        audit(ws, AuditEvent.Action.CHANGED, "planning-milestone", milestoneId, done ? "done" : "reopened");
    }

    // Versions and endorsement

    PlanSnapshot snapshot(Plan p) {
        Map<Long, Objective> objectives = p.objectiveById();
        List<PlanSnapshot.ObjectiveRow> os = p.objectives().stream()
                .map(o -> new PlanSnapshot.ObjectiveRow(
                        o.code(),
                        o.title(),
                        o.status().name(),
                        p.objectiveSwot().getOrDefault(o.id(), List.of()).size()))
                .toList();
        List<PlanSnapshot.LineRow> ls = new ArrayList<>();
        for (ActionLine l : p.lines()) {
            Objective o = l.objectiveId() == null ? null : objectives.get(l.objectiveId());
            ls.add(new PlanSnapshot.LineRow(
                    l.code(),
                    l.title(),
                    o == null ? null : o.code(),
                    p.organisationName(l.ownerOrgId()),
                    l.startDate(),
                    l.endDate(),
                    l.budget(),
                    l.currency(),
                    l.membersSharePct(),
                    p.fundersShare(l.id()),
                    l.status().name(),
                    p.milestones().getOrDefault(l.id(), List.of()).size()));
        }
        return new PlanSnapshot(p.vision() == null ? null : p.vision().statement(), os, ls);
    }

    /** The plan of an initiative as a version snapshot (JSON), for seeding versions without a request. */
    public String snapshotJson(InitiativeSummary i) {
        return json.writeValueAsString(snapshot(load(i)));
    }

    PlanSnapshot read(Version v) {
        return json.readValue(v.snapshot(), PlanSnapshot.class);
    }

    /** Where the plan's latest submission stands with the governance body, if it was ever submitted. */
    public java.util.Optional<org.clusterworks.initiatives.EndorsementState> endorsement(InitiativeSummary i) {
        return initiatives.latestEndorsement(i.workspaceId(), i.id(), EndorsedDocument.ACTION_PLAN);
    }

    public List<Version> versions(InitiativeSummary i) {
        return repo.versions(i.id());
    }

    /** Saves the plan as it stands as its next version. */
    @Transactional
    public int saveVersion(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, String note) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        String n = FormFields.optional("note", note, 500, errors);
        errors.throwIfAny();
        int v = repo.insertVersion(i.id(), n, json.writeValueAsString(snapshot(load(i))), user.displayName());
        audit(ws, AuditEvent.Action.CREATED, "planning-plan-version", i.id() + "/" + v, "Plan version " + v);
        return v;
    }

    /** The differences from version {@code from} to version {@code to}. */
    public List<PlanSnapshot.Difference> compare(InitiativeSummary i, int from, int to) {
        Version a = repo.version(i.id(), from).orElseThrow(() -> PlanningAccess.notFound("plan version " + from));
        Version b = repo.version(i.id(), to).orElseThrow(() -> PlanningAccess.notFound("plan version " + to));
        return PlanSnapshot.compare(read(a), read(b));
    }

    /**
     * Saves a version of the plan and submits its PDF for endorsement through the initiative's governance body;
     * returns the plan version number.
     */
    @Transactional
    public int submit(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, byte[] pdf) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        int v = repo.insertVersion(
                i.id(), "Submitted for endorsement", json.writeValueAsString(snapshot(load(i))), user.displayName());
        int doc = initiatives.submitForEndorsement(
                ws.id(),
                i.id(),
                EndorsedDocument.ACTION_PLAN,
                "Vision and action plan",
                "action-plan-v" + v + ".pdf",
                pdf,
                "Plan version " + v + " from the planning module",
                user.id(),
                user.displayName());
        repo.setDocumentVersion(i.id(), v, doc);
        audit(
                ws,
                AuditEvent.Action.CREATED,
                "planning-plan-version",
                i.id() + "/" + v,
                "Plan version " + v + " submitted for endorsement as document version " + doc);
        return v;
    }

    /**
     * Demo seeding only: saves a version of the plan and submits its PDF (made by {@code pdf}) for endorsement
     * without a request; returns the plan version number.
     */
    @Transactional
    public int submitForSeeding(
            InitiativeSummary i, java.util.function.Function<Plan, byte[]> pdf, long userId, String userName) {
        Plan p = load(i);
        int v = repo.insertVersion(i.id(), "Submitted for endorsement", json.writeValueAsString(snapshot(p)), userName);
        int doc = initiatives.submitForEndorsement(
                i.workspaceId(),
                i.id(),
                EndorsedDocument.ACTION_PLAN,
                "Vision and action plan",
                "action-plan-v" + v + ".pdf",
                pdf.apply(p),
                "Plan version " + v + " from the planning module",
                userId,
                userName);
        repo.setDocumentVersion(i.id(), v, doc);
        return v;
    }

    /** People of the workspace's organisations, by organisation, for owner choices. */
    public Map<Long, List<StakeholderPerson>> peopleByOrganisation(long workspaceId, List<Long> orgIds) {
        Map<Long, List<StakeholderPerson>> m = new HashMap<>();
        stakeholders.peopleOf(workspaceId, orgIds).forEach(p -> {
            if (p.organisationId() != null) {
                m.computeIfAbsent(p.organisationId(), k -> new ArrayList<>()).add(p);
            }
        });
        return m;
    }

    public Stakeholders stakeholders() {
        return stakeholders;
    }
}

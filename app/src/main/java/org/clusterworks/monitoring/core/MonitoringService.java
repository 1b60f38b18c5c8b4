package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.EndorsementState;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Status;
import org.clusterworks.monitoring.core.Domain.Value;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Formula;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.Period;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;
import org.clusterworks.planning.Plans;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and change which framework, and the changes themselves: results, indicators, targets, values and
 * their approval by a second person.
 *
 * <p>An initiative's framework is seen by those who see the initiative (the programme, its manager, its members) and
 * changed by its manager or the programme; the programme's framework is seen by every member of the workspace and
 * changed by the programme. A value entered by one person is approved or returned by another who manages
 * initiatives or the programme.
 */
@Service
class MonitoringService {

    private final MonitoringRepository repo;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final Computations computations;
    private final ApplicationEventPublisher events;
    private final Plans plans;

    MonitoringService(
            MonitoringRepository repo,
            Initiatives initiatives,
            Stakeholders stakeholders,
            Computations computations,
            ApplicationEventPublisher events,
            Plans plans) {
        this.plans = plans;
        this.repo = repo;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.computations = computations;
        this.events = events;
    }

    MonitoringRepository repo() {
        return repo;
    }

    Computations computations() {
        return computations;
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
    }

    // --- access

    boolean seesAll(CurrentWorkspace ws) {
        return ws.can(Permission.MANAGE_PROGRAMME) || ws.can(Permission.ANALYSE);
    }

    boolean canSee(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        if (seesAll(ws) || (i.managerUserId() != null && i.managerUserId() == user.id())) {
            return true;
        }
        return stakeholders
                .organisationOfUser(ws.id(), user.id())
                .map(org -> initiatives
                        .activeMembers(ws.id(), i.id(), LocalDate.now())
                        .contains(org))
                .orElse(false);
    }

    boolean canEdit(CurrentWorkspace ws, AuthenticatedUser user, Framework f) {
        if (ws.can(Permission.MANAGE_PROGRAMME)) {
            return true;
        }
        if (f.programme() || !ws.can(Permission.MANAGE_INITIATIVES)) {
            return false;
        }
        return initiatives
                .find(ws.id(), f.initiativeId())
                .map(i -> i.managerUserId() != null && i.managerUserId() == user.id())
                .orElse(false);
    }

    /** Whether the user may approve values of the framework (not their own: checked per value). */
    boolean canReview(CurrentWorkspace ws, AuthenticatedUser user, Framework f) {
        return f.programme() ? ws.can(Permission.MANAGE_PROGRAMME) : ws.can(Permission.MANAGE_INITIATIVES);
    }

    /** Initiatives the user may see, by name. */
    List<InitiativeSummary> visibleInitiatives(CurrentWorkspace ws, AuthenticatedUser user) {
        ws.require(Permission.VIEW);
        return initiatives.all(ws.id()).stream()
                .filter(i -> canSee(ws, user, i))
                .toList();
    }

    InitiativeSummary visibleInitiative(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.VIEW);
        InitiativeSummary i = initiatives.find(ws.id(), id).orElseThrow(() -> notFound("initiative " + id));
        if (!canSee(ws, user, i)) {
            throw notFound("initiative " + id);
        }
        return i;
    }

    /** The framework of an initiative (created with defaults on first use) or of the programme (null). */
    @Transactional
    Framework frameworkOf(CurrentWorkspace ws, Long initiativeId) {
        return repo.frameworkOf(ws.id(), initiativeId).orElseGet(() -> {
            int y = LocalDate.now().getYear();
            long id = repo.insertFramework(ws.id(), initiativeId, 1, y - 1, y + 1);
            return repo.framework(ws.id(), id).orElseThrow();
        });
    }

    /** The framework if the user may see it (404 otherwise); with {@code edit}, only if they may change it (403). */
    Framework framework(CurrentWorkspace ws, AuthenticatedUser user, long id, boolean edit) {
        ws.require(edit ? Permission.MANAGE_INITIATIVES : Permission.VIEW);
        Framework f = repo.framework(ws.id(), id).orElseThrow(() -> notFound("framework " + id));
        checkFramework(ws, user, f, edit);
        return f;
    }

    private void checkFramework(CurrentWorkspace ws, AuthenticatedUser user, Framework f, boolean edit) {
        if (!f.programme()) {
            visibleInitiative(ws, user, f.initiativeId());
        }
        if (edit && !canEdit(ws, user, f)) {
            throw new AccessDeniedException("User " + user.username() + " may not change framework " + f.id());
        }
    }

    /** An indicator with its framework, checked like {@link #framework}. */
    record Scoped(Framework framework, Indicator indicator) {}

    Scoped indicator(CurrentWorkspace ws, AuthenticatedUser user, long id, Permission needed, boolean edit) {
        ws.require(needed);
        Indicator i = repo.indicator(ws.id(), id).orElseThrow(() -> notFound("indicator " + id));
        Framework f = repo.framework(ws.id(), i.frameworkId()).orElseThrow();
        checkFramework(ws, user, f, edit);
        return new Scoped(f, i);
    }

    /** The framework's initiative (the framework must be an initiative's). */
    InitiativeSummary initiativeSummary(CurrentWorkspace ws, Framework f) {
        return initiatives.find(ws.id(), f.initiativeId()).orElseThrow(() -> notFound("initiative"));
    }

    /** A label for a framework: the initiative's name, or null for the programme. */
    String initiativeName(CurrentWorkspace ws, Framework f) {
        return f.programme()
                ? null
                : initiatives
                        .find(ws.id(), f.initiativeId())
                        .map(InitiativeSummary::name)
                        .orElse("");
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action a, String type, Object id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), a, type, String.valueOf(id), summary));
    }

    // --- framework settings and results chain

    @Transactional
    void settings(CurrentWorkspace ws, AuthenticatedUser user, long id, String startMonth, String first, String last) {
        Framework f = framework(ws, user, id, true);
        var errors = new InvalidInput.Collector();
        Integer m = whole(startMonth, "yearStartMonth", 1, 12, errors);
        Integer a = whole(first, "firstYear", 1990, 2100, errors);
        Integer b = whole(last, "lastYear", 1990, 2100, errors);
        if (a != null && b != null && b < a) {
            errors.add("lastYear", "monitoring.framework.last-before-first");
        }
        if (a != null && b != null && b - a > 30) {
            errors.add("lastYear", "monitoring.framework.too-long");
        }
        errors.throwIfAny();
        repo.updateFramework(f.id(), m, a, b);
        audit(ws, AuditEvent.Action.CHANGED, "monitoring-framework", f.id(), "periods " + m + " " + a + "-" + b);
    }

    static Integer whole(String text, String field, int min, int max, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "input.required");
            return null;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) {
                errors.add(field, "input.out-of-range");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(field, "input.whole-number");
            return null;
        }
    }

    @Transactional
    long addResult(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long frameworkId,
            String level,
            String parentId,
            String code,
            String statement,
            String assumptions,
            String verification,
            String planLink,
            String planRef) {
        Framework f = framework(ws, user, frameworkId, true);
        var errors = new InvalidInput.Collector();
        Level lv = null;
        try {
            lv = Level.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("level", "input.unknown-choice");
        }
        Long parent = null;
        if (parentId != null && !parentId.isBlank()) {
            try {
                long pid = Long.parseLong(parentId.strip());
                var p = repo.results(f.id()).stream().filter(r -> r.id() == pid).findFirst();
                if (p.isEmpty()) {
                    errors.add("parentId", "input.unknown-choice");
                } else if (lv != null && p.get().level() != lv.parent()) {
                    errors.add("parentId", "monitoring.result.parent-level");
                } else {
                    parent = pid;
                }
            } catch (NumberFormatException e) {
                errors.add("parentId", "input.unknown-choice");
            }
        }
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            errors.add("code", "input.required");
        } else if (c.length() > 20) {
            errors.add("code", "input.too-long");
        }
        String s = statement == null ? "" : statement.strip();
        if (s.isEmpty()) {
            errors.add("statement", "input.required");
        } else if (s.length() > 1000) {
            errors.add("statement", "input.too-long");
        }
        if (assumptions != null && assumptions.length() > 2000) {
            errors.add("assumptions", "input.too-long");
        }
        if (verification != null && verification.length() > 2000) {
            errors.add("verification", "input.too-long");
        }
        if (planLink != null && planLink.length() > 200) {
            errors.add("planLink", "input.too-long");
        }
        Long objectiveId = null;
        Long actionLineId = null;
        String link = blank(planLink);
        if (planRef != null && !planRef.isBlank()) {
            var choice = planChoices(ws, f).stream()
                    .filter(pc -> pc.value().equals(planRef.strip()))
                    .findFirst();
            if (choice.isEmpty()) {
                errors.add("planRef", "input.unknown-choice");
            } else {
                long pid = Long.parseLong(choice.get().value().substring(2));
                if (choice.get().value().startsWith("O:")) {
                    objectiveId = pid;
                } else {
                    actionLineId = pid;
                }
                link = link == null ? choice.get().label() : link;
            }
        }
        errors.throwIfAny();
        long id = repo.insertResult(
                f.id(), lv, parent, c, s, blank(assumptions), blank(verification), link, objectiveId, actionLineId);
        audit(ws, AuditEvent.Action.CREATED, "monitoring-result", id, c + " " + s);
        return id;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An objective ({@code O:id}) or action line ({@code A:id}) of the initiative's plan a result may serve. */
    record PlanChoice(String value, String label) {}

    /** The objectives and action lines of the framework's initiative, by code (none for the programme). */
    List<PlanChoice> planChoices(CurrentWorkspace ws, Framework f) {
        List<PlanChoice> out = new ArrayList<>();
        if (f.programme()) {
            return out;
        }
        plans.objectives(ws.id(), f.initiativeId())
                .forEach(o -> out.add(new PlanChoice("O:" + o.id(), o.code() + " " + o.title())));
        plans.actionLines(ws.id(), f.initiativeId())
                .forEach(a -> out.add(new PlanChoice("A:" + a.id(), a.code() + " " + a.title())));
        return out;
    }

    @Transactional
    void deleteResult(CurrentWorkspace ws, AuthenticatedUser user, long frameworkId, long resultId) {
        Framework f = framework(ws, user, frameworkId, true);
        if (repo.deleteResult(f.id(), resultId) == 0) {
            throw notFound("result " + resultId);
        }
        audit(ws, AuditEvent.Action.DELETED, "monitoring-result", resultId, "");
    }

    // --- indicators

    /** Checks a definition against its framework and stores it; returns its id. */
    @Transactional
    long saveIndicator(
            CurrentWorkspace ws, AuthenticatedUser user, Framework f, Long existingId, IndicatorForm.Spec v) {
        var errors = new InvalidInput.Collector();
        checkInFramework(f, existingId, v, errors);
        errors.throwIfAny();
        long id;
        if (existingId == null) {
            id = repo.insertIndicator(f.id(), v);
            audit(ws, AuditEvent.Action.CREATED, "monitoring-indicator", id, v.code() + " " + v.nameEn());
        } else {
            id = existingId;
            repo.updateIndicator(id, v);
            audit(ws, AuditEvent.Action.CHANGED, "monitoring-indicator", id, v.code() + " " + v.nameEn());
        }
        Indicator saved = repo.indicator(ws.id(), id).orElseThrow();
        if (saved.sourceKind().computed()) {
            computations.recompute(f, saved, user.username());
            computations.recomputeFormulas(f, user.username());
        }
        return id;
    }

    /** The checks that need the framework: unique code, result of this framework, a source it can compute. */
    void checkInFramework(Framework f, Long existingId, IndicatorForm.Spec v, InvalidInput.Collector errors) {
        List<Indicator> others = repo.indicators(f.id()).stream()
                .filter(i -> existingId == null || i.id() != existingId)
                .toList();
        if (v.code() != null && others.stream().anyMatch(i -> i.code().equals(v.code()))) {
            errors.add("code", "monitoring.indicator.code-taken");
        }
        if (v.resultId() != null && repo.results(f.id()).stream().noneMatch(r -> r.id() == v.resultId())) {
            errors.add("resultId", "input.unknown-choice");
        }
        if (v.sourceKind() == null || errors.has("sourceParam")) {
            return;
        }
        switch (v.sourceKind()) {
            case PLATFORM -> {
                if (Computations.PlatformMeasure.parse(v.sourceParam()) == null) {
                    errors.add("sourceParam", "monitoring.indicator.platform-unknown");
                }
            }
            case FORMULA -> {
                Formula formula = Formula.parse(v.sourceParam());
                Map<String, Indicator> byCode = new HashMap<>();
                others.forEach(i -> byCode.put(i.code(), i));
                for (String c : formula.codes()) {
                    if (!byCode.containsKey(c)) {
                        errors.add("sourceParam", "monitoring.indicator.formula-unknown-code");
                    }
                }
                if (!errors.has("sourceParam") && cycle(v.code(), formula.codes(), byCode, new LinkedHashSet<>())) {
                    errors.add("sourceParam", "monitoring.indicator.formula-cycle");
                }
            }
            case ROLLUP -> {
                if (!f.programme()) {
                    errors.add("sourceKind", "monitoring.indicator.rollup-programme-only");
                }
            }
            case SURVEY -> {
                SurveySpec spec = SurveySpec.parse(v.sourceParam());
                if (spec == null) {
                    errors.add("sourceParam", "monitoring.indicator.survey-spec");
                } else {
                    var rounds = computations.rounds(f);
                    boolean asked = rounds.isEmpty()
                            || rounds.stream().anyMatch(r -> computations.hasQuestion(f, r, spec.question()));
                    if (!asked) {
                        errors.add("sourceParam", "monitoring.indicator.survey-question-unknown");
                    }
                }
            }
            case MAPPING -> {
                MappingSpec spec = MappingSpec.parse(v.sourceParam());
                if (spec == null) {
                    errors.add("sourceParam", "monitoring.indicator.mapping-spec");
                } else if (!computations.hasDataset(f, spec)) {
                    errors.add("sourceParam", "monitoring.indicator.mapping-dataset-unknown");
                }
            }
            case MANUAL -> {}
        }
    }

    private static boolean cycle(String self, Set<String> uses, Map<String, Indicator> byCode, Set<String> seen) {
        for (String c : uses) {
            if (c.equals(self)) {
                return true;
            }
            Indicator dep = byCode.get(c);
            if (dep != null && dep.sourceKind() == SourceKind.FORMULA && seen.add(c)) {
                if (cycle(self, Formula.parse(dep.sourceParam()).codes(), byCode, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Transactional
    void setTargets(CurrentWorkspace ws, AuthenticatedUser user, Scoped s, Map<String, String> byPeriod) {
        var errors = new InvalidInput.Collector();
        Map<String, Double> parsed = new java.util.LinkedHashMap<>();
        Set<String> years = new LinkedHashSet<>();
        for (int y = s.framework().firstYear(); y <= s.framework().lastYear(); y++) {
            years.add(s.framework().scheme().year(y).key());
        }
        for (var e : byPeriod.entrySet()) {
            if (!years.contains(e.getKey())) {
                errors.add("target " + e.getKey(), "monitoring.value.period-unknown");
                continue;
            }
            Double v = Numbers.parse(e.getValue(), "target " + e.getKey(), errors);
            if (v != null && s.indicator().unit() == Unit.YES_NO && v != 0 && v != 1) {
                errors.add("target " + e.getKey(), "monitoring.value.yes-no");
            }
            parsed.put(e.getKey(), v);
        }
        errors.throwIfAny();
        parsed.forEach((p, v) -> repo.setTarget(s.indicator().id(), p, v));
        audit(
                ws,
                AuditEvent.Action.CHANGED,
                "monitoring-targets",
                s.indicator().id(),
                s.indicator().code());
    }

    // --- values

    /** A value as typed, checked by {@link #checkValue}. */
    record ValueInput(String period, String disaggregation, String value, String evidence) {}

    /** A checked value. */
    record CheckedValue(String period, String disaggregation, double amount, String evidence) {}

    /**
     * Checks a value for an indicator: a period of the framework at the indicator's frequency, a disaggregation the
     * indicator has, a number that fits the unit; problems are reported under {@code prefix + field}.
     */
    CheckedValue checkValue(Scoped s, ValueInput in, String prefix, InvalidInput.Collector errors) {
        Indicator i = s.indicator();
        if (i.sourceKind().computed()) {
            errors.add(prefix + "value", "monitoring.value.computed");
            return null;
        }
        Period period = null;
        try {
            period = s.framework().scheme().parse(in.period());
            int y = s.framework().scheme().yearOf(period).start().getYear();
            if (period.granularity() != i.frequency()) {
                errors.add(prefix + "period", "monitoring.value.period-frequency");
            } else if (y < s.framework().firstYear() || y > s.framework().lastYear()) {
                errors.add(prefix + "period", "monitoring.value.period-outside");
            } else if (period.start().isAfter(LocalDate.now())) {
                errors.add(prefix + "period", "monitoring.value.period-future");
            }
        } catch (IllegalArgumentException e) {
            errors.add(prefix + "period", "monitoring.value.period-unknown");
        }
        String dis = disaggregation(i, in.disaggregation(), prefix, errors);
        var local = new InvalidInput.Collector();
        Double v = Numbers.parse(in.value(), prefix + "value", local);
        local.errors().forEach(errors::add);
        if (v == null && local.isEmpty()) {
            errors.add(prefix + "value", "input.required");
        }
        if (v != null && i.unit() == Unit.YES_NO && v != 0 && v != 1) {
            errors.add(prefix + "value", "monitoring.value.yes-no");
        }
        if (v != null && i.unit() == Unit.PERCENTAGE && (v < 0 || v > 100)) {
            errors.add(prefix + "value", "monitoring.value.percentage");
        }
        String evidence = blank(in.evidence());
        if (evidence != null && evidence.length() > 1000) {
            errors.add(prefix + "evidence", "input.too-long");
        }
        if (period == null || dis == null || v == null) {
            return null;
        }
        return new CheckedValue(period.key(), dis, v, evidence);
    }

    /** The stored form of a disaggregation ('' for the total), or null with a problem reported. */
    static String disaggregation(Indicator i, String text, String prefix, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] parts = text.strip().split("=", 2);
        Dimension d = Dimension.parse(parts[0]);
        if (parts.length != 2 || d == null || !i.disaggregations().contains(d) || parts[1].isBlank()) {
            errors.add(prefix + "disaggregation", "monitoring.value.disaggregation-unknown");
            return null;
        }
        String cat = parts[1].strip().toUpperCase(Locale.ROOT);
        boolean ok = switch (d) {
            case HELIX -> Helix.parse(cat) != null;
            case SIZE -> cat.equals("SME") || cat.equals("LARGE");
            case GENDER -> Gender.parse(cat) != null;
            case TERRITORY -> cat.matches("[A-Z0-9][A-Z0-9._-]{0,30}");
        };
        if (!ok) {
            errors.add(prefix + "disaggregation", "monitoring.value.category-unknown");
            return null;
        }
        if (d == Dimension.HELIX) {
            cat = Helix.parse(cat).name();
        }
        return d.name() + "=" + cat;
    }

    /** Enters a value (submitted for approval), replacing an earlier value of the same period and disaggregation. */
    @Transactional
    void enter(CurrentWorkspace ws, AuthenticatedUser user, Scoped s, ValueInput in) {
        var errors = new InvalidInput.Collector();
        CheckedValue v = checkValue(s, in, "", errors);
        errors.throwIfAny();
        store(ws, user, s.indicator(), v);
    }

    void store(CurrentWorkspace ws, AuthenticatedUser user, Indicator i, CheckedValue v) {
        repo.putValue(
                i.id(),
                v.period(),
                v.disaggregation(),
                v.amount(),
                Status.SUBMITTED,
                v.evidence(),
                null,
                user.id(),
                user.username());
        audit(
                ws,
                AuditEvent.Action.CHANGED,
                "monitoring-value",
                i.id(),
                i.code() + " " + v.period() + " " + v.disaggregation());
    }

    /** Approves or returns a submitted value; the person who entered it may not. */
    @Transactional
    void review(CurrentWorkspace ws, AuthenticatedUser user, Scoped s, long valueId, boolean approve, String comment) {
        if (!canReview(ws, user, s.framework())) {
            throw new AccessDeniedException("User " + user.username() + " may not approve values here");
        }
        Value v = repo.valueById(s.indicator().id(), valueId).orElseThrow(() -> notFound("value " + valueId));
        var errors = new InvalidInput.Collector();
        if (v.status() != Status.SUBMITTED) {
            errors.add("status", "monitoring.review.not-submitted");
        } else if (v.enteredBy() != null && v.enteredBy() == user.id()) {
            errors.add("status", "monitoring.review.own-value");
        }
        String c = blank(comment);
        if (!approve && c == null) {
            errors.add("comment", "monitoring.review.comment-needed");
        }
        if (c != null && c.length() > 1000) {
            errors.add("comment", "input.too-long");
        }
        errors.throwIfAny();
        repo.review(v, approve ? Status.APPROVED : Status.RETURNED, c, user.id(), user.username());
        audit(
                ws,
                AuditEvent.Action.CHANGED,
                "monitoring-value",
                valueId,
                (approve ? "approved " : "returned ") + s.indicator().code() + " " + v.period());
        // Formulas that use the indicator change with it.
        computations.recomputeAll(s.framework(), user.username());
    }

    /** Values of the framework waiting for approval, with their indicator. */
    List<Map.Entry<Indicator, Value>> queue(Framework f) {
        Map<Long, Indicator> byId = new HashMap<>();
        repo.indicators(f.id()).forEach(i -> byId.put(i.id(), i));
        List<Map.Entry<Indicator, Value>> out = new ArrayList<>();
        for (Value v : repo.submitted(f.id())) {
            out.add(Map.entry(byId.get(v.indicatorId()), v));
        }
        return out;
    }

    /**
     * Submits the progress report PDF of an initiative's framework to the initiative's governance body for
     * endorsement (the programme's framework has no governance body here); returns the stored document version.
     *
     * @throws InvalidInput {@code framework} for the programme; as {@link Initiatives#submitForEndorsement} for a
     *     missing governance body or a pending endorsement
     */
    @Transactional
    int submitProgressReport(
            CurrentWorkspace ws, AuthenticatedUser user, Framework f, String title, byte[] pdf, String note) {
        if (f.programme()) {
            throw new InvalidInput(Map.of("framework", "monitoring.endorsement.programme"));
        }
        String n = blank(note);
        if (n != null && n.length() > 500) {
            throw new InvalidInput(Map.of("note", "input.too-long"));
        }
        String day = LocalDate.now().toString();
        int version = initiatives.submitForEndorsement(
                ws.id(),
                f.initiativeId(),
                EndorsedDocument.PROGRESS_REPORT,
                "Progress report: " + title,
                "progress-report-" + day + ".pdf",
                pdf,
                n == null ? "Progress report of " + day + " from the monitoring module" : n,
                user.id(),
                user.displayName());
        audit(
                ws,
                AuditEvent.Action.CREATED,
                "monitoring-progress-report",
                f.id(),
                "Progress report submitted for endorsement as document version " + version);
        return version;
    }

    /** Where the initiative's latest progress report stands with its governance body (none for the programme). */
    Optional<EndorsementState> progressReportEndorsement(CurrentWorkspace ws, Framework f) {
        return f.programme()
                ? Optional.empty()
                : initiatives.latestEndorsement(ws.id(), f.initiativeId(), EndorsedDocument.PROGRESS_REPORT);
    }

    Optional<Indicator> byCode(Framework f, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return repo.indicators(f.id()).stream().filter(i -> i.code().equals(c)).findFirst();
    }
}

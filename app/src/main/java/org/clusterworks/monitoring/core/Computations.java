package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Status;
import org.clusterworks.monitoring.core.Domain.Value;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Formula;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.Period;
import org.clusterworks.monitoring.logic.PeriodScheme;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.planning.EventSummary;
import org.clusterworks.planning.JointActionSummary;
import org.clusterworks.planning.Plans;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyQuestion;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.Surveys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the values of indicators whose source is the platform (members and their helix, size and ownership on
 * the last day of each period), a formula over other indicators, or the programme roll-up of the initiatives'
 * indicators. Each computed value records how it was computed, as a message key with its arguments ({@code
 * key|arg|arg}), and when.
 */
@Component
class Computations {

    /** Platform counts an indicator can draw on. */
    enum PlatformMeasure {
        MEMBERS,
        BUSINESS_MEMBERS,
        SME_SHARE,
        WOMEN_LED_SHARE,
        JOINT_ACTIONS,
        COFINANCING,
        EVENTS,
        EVENT_PARTICIPANTS;

        static PlatformMeasure parse(String text) {
            for (PlatformMeasure m : values()) {
                if (text != null && m.name().equalsIgnoreCase(text.strip())) {
                    return m;
                }
            }
            return null;
        }

        public String messageKey() {
            return "monitoring.platform." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final MonitoringRepository repo;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final Plans plans;
    private final Surveys surveys;
    private final MappingDatasets mapping;

    Computations(
            MonitoringRepository repo,
            Initiatives initiatives,
            Stakeholders stakeholders,
            Plans plans,
            Surveys surveys,
            MappingDatasets mapping) {
        this.repo = repo;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.plans = plans;
        this.surveys = surveys;
        this.mapping = mapping;
    }

    /** Whether a mapping specification names a dataset of the framework's workspace. */
    boolean hasDataset(Framework f, MappingSpec spec) {
        return mapping.find(f.workspaceId(), spec.datasetId()).isPresent();
    }

    /** The mapping figure of the dataset year equal to the calendar year in which the period ends. */
    private Optional<Computed> mapping(Framework f, Indicator i, Period p) {
        MappingSpec spec = MappingSpec.parse(i.sourceParam());
        if (spec == null) {
            return Optional.empty();
        }
        int year = p.lastDay().getYear();
        var dataset = mapping.find(f.workspaceId(), spec.datasetId());
        if (dataset.isEmpty()) {
            return Optional.empty();
        }
        return mapping.cell(f.workspaceId(), spec.datasetId(), year, spec.region(), spec.industry())
                .flatMap(cell -> {
                    var v = spec.of(cell);
                    return v.isPresent()
                            ? Optional.of(new Computed(
                                    v.getAsDouble(),
                                    how(
                                            "monitoring.how.mapping",
                                            spec.figure(),
                                            dataset.get().name(),
                                            year)))
                            : Optional.empty();
                });
    }

    /** The survey rounds a framework reads: its initiative's, or every initiative's for the programme. */
    List<SurveyRound> rounds(Framework f) {
        List<SurveyRound> out = new ArrayList<>();
        for (long init : initiativeIds(f)) {
            out.addAll(surveys.rounds(f.workspaceId(), init));
        }
        return out;
    }

    /** Whether the round's questionnaire asks the question. */
    boolean hasQuestion(Framework f, SurveyRound r, String code) {
        return surveys.questions(f.workspaceId(), r.id()).stream()
                .anyMatch(q -> q.code().equals(code));
    }

    /**
     * A survey-fed value for a period: the last round (not a draft) that asks the question and whose fieldwork ended
     * in the period, by today, read by its {@link SurveySpec}.
     */
    private Optional<Computed> survey(Framework f, Indicator i, Period p, LocalDate today) {
        SurveySpec spec = SurveySpec.parse(i.sourceParam());
        if (spec == null) {
            return Optional.empty();
        }
        SurveyRound chosen = null;
        LocalDate chosenDay = null;
        for (SurveyRound r : rounds(f)) {
            LocalDate d = r.closesOn() != null ? r.closesOn() : r.opensOn();
            if (r.status() == RoundStatus.DRAFT || d == null || !p.contains(d) || d.isAfter(today)) {
                continue;
            }
            if (chosenDay != null && !d.isAfter(chosenDay) || !hasQuestion(f, r, spec.question())) {
                continue;
            }
            if (chosenDay == null || d.isAfter(chosenDay)) {
                chosen = r;
                chosenDay = d;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        SurveyRound round = chosen;
        SurveyQuestion question = surveys.questions(f.workspaceId(), round.id()).stream()
                .filter(q -> q.code().equals(spec.question()))
                .findFirst()
                .orElse(null);
        if (question == null) {
            return Optional.empty();
        }
        var answers = surveys.answers(f.workspaceId(), round.id(), spec.question());
        var v = spec.compute(question, answers);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Computed(
                v.getAsDouble(),
                how(
                        "monitoring.how.survey",
                        i.sourceParam(),
                        round.name(),
                        answers.size(),
                        round.status().name().toLowerCase(Locale.ROOT))));
    }

    /** The initiatives a framework counts: its own, or all of the workspace's for the programme. */
    private List<Long> initiativeIds(Framework f) {
        return f.initiativeId() != null
                ? List.of(f.initiativeId())
                : initiatives.all(f.workspaceId()).stream()
                        .map(InitiativeSummary::id)
                        .toList();
    }

    /**
     * Joint actions and events of the action plan in a period: joint actions (not cancelled) that start in it, with
     * the members' co-financing (in the indicator's currency when it has one), and events held in it by today, with
     * their attendance by gender and helix role.
     */
    private Map<String, Computed> implementation(Framework f, Indicator i, PlatformMeasure m, Period p, LocalDate day) {
        Map<String, Computed> out = new LinkedHashMap<>();
        if (m == PlatformMeasure.JOINT_ACTIONS || m == PlatformMeasure.COFINANCING) {
            int n = 0;
            java.math.BigDecimal money = java.math.BigDecimal.ZERO;
            for (long init : initiativeIds(f)) {
                for (JointActionSummary a : plans.jointActions(f.workspaceId(), init)) {
                    if ("CANCELLED".equals(a.status())
                            || a.startDate() == null
                            || !p.contains(a.startDate())
                            || a.startDate().isAfter(day)) {
                        continue;
                    }
                    n++;
                    boolean sameCurrency = i.currency() == null
                            || a.currency() == null
                            || i.currency().equalsIgnoreCase(a.currency());
                    if (a.cofinancing() != null && sameCurrency) {
                        money = money.add(a.cofinancing());
                    }
                }
            }
            if (m == PlatformMeasure.JOINT_ACTIONS) {
                out.put("", new Computed(n, how("monitoring.how.joint-actions", n, p.start(), day)));
            } else {
                out.put("", new Computed(money.doubleValue(), how("monitoring.how.cofinancing", n, p.start(), day)));
            }
            return out;
        }
        int events = 0;
        int attended = 0;
        Map<String, Integer> byCategory = new TreeMap<>();
        for (long init : initiativeIds(f)) {
            for (EventSummary e : plans.events(f.workspaceId(), init)) {
                LocalDate d = e.startsAt() == null ? null : e.startsAt().toLocalDate();
                if (d == null || !p.contains(d) || d.isAfter(day)) {
                    continue;
                }
                events++;
                attended += e.attended();
                if (i.disaggregations().contains(Dimension.GENDER) && e.attendedByGender() != null) {
                    e.attendedByGender().forEach((g, c) -> byCategory.merge("GENDER=" + g.name(), c, Integer::sum));
                }
                if (i.disaggregations().contains(Dimension.HELIX) && e.attendedByHelix() != null) {
                    e.attendedByHelix().forEach((h, c) -> byCategory.merge("HELIX=" + h.name(), c, Integer::sum));
                }
            }
        }
        if (m == PlatformMeasure.EVENTS) {
            out.put("", new Computed(events, how("monitoring.how.events", events, p.start(), day)));
        } else {
            out.put(
                    "",
                    new Computed(attended, how("monitoring.how.event-participants", attended, events, p.start(), day)));
            int held = events;
            byCategory.forEach((k, c) -> out.put(
                    k, new Computed(c, how("monitoring.how.event-participants-of", c, k, held, p.start(), day))));
        }
        return out;
    }

    /** The periods of a framework at a granularity that have begun by today. */
    static List<Period> periods(Framework f, Granularity g, LocalDate today) {
        PeriodScheme s = f.scheme();
        List<Period> all =
                s.between(s.year(f.firstYear()).start(), s.year(f.lastYear()).lastDay(), g);
        return all.stream().filter(p -> !p.start().isAfter(today)).toList();
    }

    /**
     * Recomputes every computed indicator of the framework (sources first, then formulas in dependency order) and
     * records the time; pages read the stored values, so this runs on "Recompute now" and on the source events.
     */
    @Transactional
    void recomputeAll(Framework f, String actor) {
        List<Indicator> all = repo.indicators(f.id());
        for (Indicator i : all) {
            if (i.sourceKind().computed() && i.sourceKind() != SourceKind.FORMULA) {
                recompute(f, i, actor);
            }
        }
        for (Indicator i : formulaOrder(all)) {
            recompute(f, i, actor);
        }
        repo.markComputed(f.id());
    }

    /** Recomputes the formula indicators of the framework, in dependency order (after one of their inputs changed). */
    @Transactional
    void recomputeFormulas(Framework f, String actor) {
        for (Indicator i : formulaOrder(repo.indicators(f.id()))) {
            recompute(f, i, actor);
        }
    }

    /** Recomputes the framework of the initiative (if it has one) and then the programme's, which rolls it up. */
    @Transactional
    void recomputeInitiative(long workspaceId, long initiativeId, String actor) {
        repo.frameworkOf(workspaceId, initiativeId).ifPresent(f -> recomputeAll(f, actor));
        repo.frameworkOf(workspaceId, null).ifPresent(f -> recomputeAll(f, actor));
    }

    /** Formula indicators ordered so that each comes after the formulas it uses. */
    static List<Indicator> formulaOrder(List<Indicator> all) {
        Map<String, Indicator> byCode = new HashMap<>();
        all.forEach(i -> byCode.put(i.code(), i));
        Set<Indicator> out = new LinkedHashSet<>();
        for (Indicator i : all) {
            visit(i, byCode, out, new LinkedHashSet<>());
        }
        return new ArrayList<>(out);
    }

    private static void visit(Indicator i, Map<String, Indicator> byCode, Set<Indicator> out, Set<String> path) {
        if (i.sourceKind() != SourceKind.FORMULA || out.contains(i) || !path.add(i.code())) {
            return;
        }
        for (String c : Formula.parse(i.sourceParam()).codes()) {
            Indicator dep = byCode.get(c);
            if (dep != null) {
                visit(dep, byCode, out, path);
            }
        }
        out.add(i);
    }

    /** Recomputes one computed indicator for every period that has begun. */
    @Transactional
    void recompute(Framework f, Indicator i, String actor) {
        if (!i.sourceKind().computed()) {
            return;
        }
        LocalDate today = LocalDate.now();
        Map<String, Value> old = new HashMap<>();
        repo.values(i.id()).forEach(v -> old.put(v.period() + "|" + v.disaggregation(), v));
        Map<String, Computed> fresh = new LinkedHashMap<>();
        for (Period p : periods(f, i.frequency(), today)) {
            switch (i.sourceKind()) {
                case PLATFORM -> platform(f, i, p, today).forEach((d, c) -> fresh.put(p.key() + "|" + d, c));
                case FORMULA -> formula(f, i, p).ifPresent(c -> fresh.put(p.key() + "|", c));
                case ROLLUP -> rollup(f, i, p).ifPresent(c -> fresh.put(p.key() + "|", c));
                case SURVEY -> survey(f, i, p, today).ifPresent(c -> fresh.put(p.key() + "|", c));
                case MAPPING -> mapping(f, i, p).ifPresent(c -> fresh.put(p.key() + "|", c));
                default -> {}
            }
        }
        for (var e : fresh.entrySet()) {
            String[] key = e.getKey().split("\\|", 2);
            Value before = old.remove(e.getKey());
            if (before == null
                    || before.amount() != e.getValue().amount()
                    || !e.getValue().how().equals(before.how())) {
                repo.putValue(
                        i.id(),
                        key[0],
                        key[1],
                        e.getValue().amount(),
                        Status.COMPUTED,
                        null,
                        e.getValue().how(),
                        null,
                        actor);
            }
        }
        // Computed values that can no longer be computed (a source removed) are dropped, and the drop recorded.
        for (Value v : old.values()) {
            if (v.status() == Status.COMPUTED) {
                repo.logChange(i.id(), v.period(), v.disaggregation(), v.amount(), null, Status.COMPUTED, null, actor);
                repo.deleteValue(v.id());
            }
        }
    }

    /**
     * The value of an indicator on a day, for a baseline: a platform count taken that day, else the value (approved
     * or computed) of the period at the indicator's frequency that contains the day; null when there is none.
     */
    Double valueOn(Framework f, Indicator i, LocalDate day) {
        Period p = f.scheme().containing(day, i.frequency());
        if (i.sourceKind() == SourceKind.PLATFORM) {
            Computed c = platform(f, i, p, day).get("");
            return c == null ? null : c.amount();
        }
        return periodValue(f.scheme(), i, p, repo.values(i.id()));
    }

    /** A computed amount and how it was computed. */
    record Computed(double amount, String how) {}

    static String how(String key, Object... args) {
        StringBuilder b = new StringBuilder(key);
        for (Object a : args) {
            b.append('|').append(String.valueOf(a).replace('|', '/'));
        }
        return b.toString();
    }

    /** The organisations that are active members on the day: of the initiative, or of any initiative. */
    List<StakeholderOrganisation> members(long ws, Long initiativeId, LocalDate day) {
        Set<Long> ids = new LinkedHashSet<>();
        if (initiativeId != null) {
            ids.addAll(initiatives.activeMembers(ws, initiativeId, day));
        } else {
            for (InitiativeSummary s : initiatives.all(ws)) {
                ids.addAll(initiatives.activeMembers(ws, s.id(), day));
            }
        }
        return ids.isEmpty() ? List.of() : stakeholders.organisations(ws, ids);
    }

    private Map<String, Computed> platform(Framework f, Indicator i, Period p, LocalDate today) {
        PlatformMeasure m = PlatformMeasure.parse(i.sourceParam());
        Map<String, Computed> out = new LinkedHashMap<>();
        if (m == null) {
            return out;
        }
        LocalDate day = p.lastDay().isAfter(today) ? today : p.lastDay();
        if (m.ordinal() >= PlatformMeasure.JOINT_ACTIONS.ordinal()) {
            return implementation(f, i, m, p, day);
        }
        List<StakeholderOrganisation> members = members(f.workspaceId(), f.initiativeId(), day);
        List<StakeholderOrganisation> business =
                members.stream().filter(o -> o.helix() == Helix.BUSINESS).toList();
        switch (m) {
            case MEMBERS, BUSINESS_MEMBERS -> {
                List<StakeholderOrganisation> counted = m == PlatformMeasure.MEMBERS ? members : business;
                out.put(
                        "",
                        new Computed(
                                counted.size(),
                                how("monitoring.how." + m.name().toLowerCase(Locale.ROOT), counted.size(), day)));
                for (Dimension d : i.disaggregations()) {
                    Map<String, Integer> counts = new TreeMap<>();
                    for (StakeholderOrganisation o : counted) {
                        String k = category(d, o);
                        if (k != null) {
                            counts.merge(k, 1, Integer::sum);
                        }
                    }
                    counts.forEach((k, n) -> out.put(
                            d.name() + "=" + k,
                            new Computed(n, how("monitoring.how.members-of", n, d.name() + "=" + k, day))));
                }
            }
            case JOINT_ACTIONS, COFINANCING, EVENTS, EVENT_PARTICIPANTS -> {}
            case SME_SHARE, WOMEN_LED_SHARE -> {
                long hits = business.stream()
                        .filter(o -> m == PlatformMeasure.SME_SHARE ? o.sme() : o.ownerGender() == Gender.WOMAN)
                        .count();
                if (!business.isEmpty()) {
                    double share = Math.round(1000.0 * hits / business.size()) / 10.0;
                    out.put(
                            "",
                            new Computed(
                                    share,
                                    how(
                                            "monitoring.how."
                                                    + m.name()
                                                            .toLowerCase(Locale.ROOT)
                                                            .replace('_', '-'),
                                            hits,
                                            business.size(),
                                            day)));
                }
            }
        }
        return out;
    }

    /** The category of an organisation along a dimension, or null where it is unknown. */
    static String category(Dimension d, StakeholderOrganisation o) {
        return switch (d) {
            case HELIX -> o.helix() == null ? null : o.helix().name();
            case SIZE -> o.helix() != Helix.BUSINESS ? null : o.sme() ? "SME" : "LARGE";
            case GENDER -> o.ownerGender() == null ? null : o.ownerGender().name();
            case TERRITORY -> o.territoryCode();
        };
    }

    private Optional<Computed> formula(Framework f, Indicator i, Period p) {
        Formula formula;
        try {
            formula = Formula.parse(i.sourceParam());
        } catch (Formula.Invalid e) {
            return Optional.empty();
        }
        Map<String, Indicator> byCode = new HashMap<>();
        repo.indicators(f.id()).forEach(x -> byCode.put(x.code(), x));
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (String c : formula.codes()) {
            Indicator dep = byCode.get(c);
            inputs.put(c, dep == null ? null : periodValue(f.scheme(), dep, p, repo.values(dep.id())));
        }
        try {
            double v = formula.evaluate(inputs);
            double rounded = Math.round(v * 1000.0) / 1000.0;
            StringBuilder used = new StringBuilder();
            inputs.forEach((c, x) -> used.append(used.isEmpty() ? "" : ", ")
                    .append(c)
                    .append(" = ")
                    .append(Numbers.plain(x)));
            return Optional.of(new Computed(rounded, how("monitoring.how.formula", formula.text(), used)));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private Optional<Computed> rollup(Framework f, Indicator i, Period p) {
        String code = i.sourceParam() == null ? "" : i.sourceParam().strip().toUpperCase(Locale.ROOT);
        List<Double> found = new ArrayList<>();
        for (Framework other : repo.frameworks(f.workspaceId())) {
            if (other.programme() || other.yearStartMonth() != f.yearStartMonth()) {
                continue;
            }
            for (Indicator x : repo.indicators(other.id())) {
                if (x.code().equals(code)) {
                    Double v = periodValue(other.scheme(), x, p, repo.values(x.id()));
                    if (v != null) {
                        found.add(v);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        double sum = found.stream().mapToDouble(Double::doubleValue).sum();
        double v = i.unit().isRatio() ? sum / found.size() : sum;
        return Optional.of(new Computed(
                Math.round(v * 1000.0) / 1000.0,
                how(
                        i.unit().isRatio() ? "monitoring.how.rollup-mean" : "monitoring.how.rollup-sum",
                        code,
                        found.size())));
    }

    /**
     * The total value of an indicator for a period, from values that count (approved or computed): its own value
     * when the indicator is collected at that granularity, else its shorter periods combined by its rule (the last
     * one for cumulative values); null when there is none.
     */
    static Double periodValue(PeriodScheme scheme, Indicator i, Period p, List<Value> values) {
        Map<String, Double> totals = new HashMap<>();
        for (Value v : values) {
            if (v.total() && v.status().counts()) {
                totals.put(v.period(), v.amount());
            }
        }
        if (i.frequency() == p.granularity()) {
            return totals.get(p.key());
        }
        if (i.frequency().months() > p.granularity().months()) {
            return null;
        }
        List<Double> parts = new ArrayList<>();
        for (Period sub : scheme.between(p.start(), p.lastDay(), i.frequency())) {
            Double v = totals.get(sub.key());
            if (v != null) {
                parts.add(v);
            }
        }
        if (i.accumulation() == Accumulation.CUMULATIVE) {
            return parts.isEmpty() ? null : parts.getLast();
        }
        return i.combine().apply(parts);
    }
}

package org.clusterworks.planning.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.planning.IndicatorQuality;
import org.clusterworks.planning.core.SwotLookup.Swot;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.planning.plan.Domain.ActionStatus;
import org.clusterworks.planning.plan.Domain.Objective;

/**
 * The golden-thread check of an action plan (the intervention logic that runs from the diagnostic through objectives
 * and action lines to indicators, as in the OECD/EU results-chain and S3 intervention-logic guidance): objectives
 * without action lines, objectives answering no SWOT item, action lines answering neither an objective nor a SWOT
 * item, high-priority weaknesses no action line addresses and, when monitoring tells which lines and objectives are
 * measured, those without an indicator. Cancelled action lines count for nothing.
 */
public final class GoldenThread {

    private GoldenThread() {}

    /** What a finding is about. */
    public enum Kind {
        OBJECTIVE_WITHOUT_ACTION,
        OBJECTIVE_WITHOUT_SWOT,
        ACTION_WITHOUT_ANCHOR,
        WEAKNESS_UNADDRESSED,
        ACTION_WITHOUT_INDICATOR,
        OBJECTIVE_WITHOUT_INDICATOR,
        INDICATOR_WITHOUT_OWNER,
        INDICATOR_WITHOUT_SOURCE,
        INDICATOR_WITHOUT_FREQUENCY;

        public String messageKey() {
            return "planning.golden."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One gap in the thread.
     *
     * @param kind the rule it breaks
     * @param subjectType {@code objective}, {@code action-line}, {@code swot-item} or {@code indicator}
     * @param subjectId the subject's id
     * @param subject the subject's code and title, as shown to the user
     */
    public record Finding(Kind kind, String subjectType, long subjectId, String subject) {}

    /** Which action lines and objectives an indicator measures; null when monitoring does not answer. */
    public record Coverage(Set<Long> actionLines, Set<Long> objectives) {}

    /** Checks a plan without looking at the indicators' owners, sources and frequencies. */
    public static List<Finding> check(
            List<Objective> objectives,
            List<ActionLine> lines,
            Map<Long, List<Long>> objectiveSwot,
            Map<Long, List<Long>> lineSwot,
            List<Swot> swot,
            Coverage coverage) {
        return check(objectives, lines, objectiveSwot, lineSwot, swot, coverage, List.of());
    }

    /**
     * Checks a plan.
     *
     * @param objectives the plan's objectives
     * @param lines the plan's action lines
     * @param objectiveSwot SWOT item ids by objective id
     * @param lineSwot SWOT item ids by action line id
     * @param swot the initiative's SWOT items
     * @param coverage which lines and objectives indicators measure, or null to skip those rules
     * @param indicators the initiative's indicators lacking an owner, a source or a frequency (monitoring)
     */
    public static List<Finding> check(
            List<Objective> objectives,
            List<ActionLine> lines,
            Map<Long, List<Long>> objectiveSwot,
            Map<Long, List<Long>> lineSwot,
            List<Swot> swot,
            Coverage coverage,
            List<IndicatorQuality.IncompleteIndicator> indicators) {
        List<Finding> findings = new ArrayList<>();
        List<ActionLine> live =
                lines.stream().filter(l -> l.status() != ActionStatus.CANCELLED).toList();
        Set<Long> knownSwot = new HashSet<>();
        swot.forEach(s -> knownSwot.add(s.id()));
        Set<Long> objectiveIds = new HashSet<>();
        objectives.forEach(o -> objectiveIds.add(o.id()));

        for (Objective o : objectives) {
            if (live.stream().noneMatch(l -> Long.valueOf(o.id()).equals(l.objectiveId()))) {
                findings.add(new Finding(Kind.OBJECTIVE_WITHOUT_ACTION, "objective", o.id(), label(o)));
            }
            if (objectiveSwot.getOrDefault(o.id(), List.of()).stream().noneMatch(knownSwot::contains)) {
                findings.add(new Finding(Kind.OBJECTIVE_WITHOUT_SWOT, "objective", o.id(), label(o)));
            }
        }
        Set<Long> addressed = new HashSet<>();
        for (ActionLine l : live) {
            boolean hasObjective = l.objectiveId() != null && objectiveIds.contains(l.objectiveId());
            List<Long> own = lineSwot.getOrDefault(l.id(), List.of()).stream()
                    .filter(knownSwot::contains)
                    .toList();
            if (!hasObjective && own.isEmpty()) {
                findings.add(new Finding(Kind.ACTION_WITHOUT_ANCHOR, "action-line", l.id(), label(l)));
            }
            addressed.addAll(own);
            if (hasObjective) {
                addressed.addAll(objectiveSwot.getOrDefault(l.objectiveId(), List.of()));
            }
        }
        for (Swot s : swot) {
            if (s.weakness() && s.highPriority() && !addressed.contains(s.id())) {
                findings.add(new Finding(Kind.WEAKNESS_UNADDRESSED, "swot-item", s.id(), s.title()));
            }
        }
        if (coverage != null) {
            for (ActionLine l : live) {
                if (!coverage.actionLines().contains(l.id())) {
                    findings.add(new Finding(Kind.ACTION_WITHOUT_INDICATOR, "action-line", l.id(), label(l)));
                }
            }
            for (Objective o : objectives) {
                if (!coverage.objectives().contains(o.id())) {
                    findings.add(new Finding(Kind.OBJECTIVE_WITHOUT_INDICATOR, "objective", o.id(), label(o)));
                }
            }
        }
        for (var x : indicators) {
            String label = x.code() + " " + x.name();
            if (x.noOwner()) {
                findings.add(new Finding(Kind.INDICATOR_WITHOUT_OWNER, "indicator", x.id(), label));
            }
            if (x.noSource()) {
                findings.add(new Finding(Kind.INDICATOR_WITHOUT_SOURCE, "indicator", x.id(), label));
            }
            if (x.noFrequency()) {
                findings.add(new Finding(Kind.INDICATOR_WITHOUT_FREQUENCY, "indicator", x.id(), label));
            }
        }
        return findings;
    }

    static String label(Objective o) {
        return o.code() + " " + o.title();
    }

    static String label(ActionLine l) {
        return l.code() + " " + l.title();
    }
}

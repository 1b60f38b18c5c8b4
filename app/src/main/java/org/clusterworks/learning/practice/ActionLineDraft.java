package org.clusterworks.learning.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner's draft action line answering a weakness, as the exercise keeps it (never in the plan itself).
 *
 * @param weaknessId the SWOT weakness it answers, or null
 * @param weaknessText the weakness in the learner's words when the diagnostic has none, or null
 * @param objectiveId the plan objective it serves, or null
 * @param objectiveText the objective in the learner's words when the plan has none, or null
 */
public record ActionLineDraft(
        long id,
        long sourceWorkspaceId,
        long initiativeId,
        Long weaknessId,
        String weaknessText,
        Long objectiveId,
        String objectiveText,
        String title,
        String owner,
        LocalDate start,
        LocalDate end,
        BigDecimal budget,
        BigDecimal membersSharePct,
        BigDecimal fundersSharePct) {

    /** One checked rule: its name (message {@code learning.practice.rule.<name>.ok|.fails}) and whether it holds. */
    public record Rule(String name, boolean ok) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The rules a well-formed action line meets (UNIDO action-plan practice: an objective, an owner, a timeline, a
     * budget with co-financing, a link to the diagnostic).
     *
     * @param planHasObjectives whether the plan has objectives to link to (else a written objective is enough)
     * @param swotHasWeaknesses whether the SWOT has weaknesses to answer (else a written weakness is enough)
     */
    List<Rule> rules(boolean planHasObjectives, boolean swotHasWeaknesses) {
        List<Rule> out = new ArrayList<>();
        out.add(new Rule(
                "objective", planHasObjectives ? objectiveId != null : objectiveId != null || objectiveText != null));
        out.add(new Rule("owner", owner != null));
        out.add(new Rule("dates", start != null && end != null && !end.isBefore(start)));
        out.add(new Rule("budget", budget != null && budget.signum() > 0));
        BigDecimal members = membersSharePct == null ? BigDecimal.ZERO : membersSharePct;
        BigDecimal funders = fundersSharePct == null ? BigDecimal.ZERO : fundersSharePct;
        out.add(new Rule(
                "cofinancing",
                (membersSharePct != null || fundersSharePct != null)
                        && members.compareTo(HUNDRED) <= 0
                        && funders.compareTo(HUNDRED) <= 0
                        && members.add(funders).compareTo(HUNDRED) <= 0));
        out.add(new Rule("swot", swotHasWeaknesses ? weaknessId != null : weaknessId != null || weaknessText != null));
        return out;
    }

    public static boolean allHold(List<Rule> rules) {
        return rules.stream().allMatch(Rule::ok);
    }
}

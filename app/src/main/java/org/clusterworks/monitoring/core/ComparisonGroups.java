package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.logic.DifferenceInDifferences;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyAnswer;
import org.clusterworks.surveys.SurveyQuestion;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.Surveys;
import org.springframework.stereotype.Component;

/**
 * The comparison-group helper on survey rounds: a numeric question answered in a round before and a round after,
 * split into supported firms (organisations with an active membership of the initiative on the last day of the
 * later round) and the comparison group (the other identified organisations), measured by {@link
 * DifferenceInDifferences}. Anonymous answers and answers that are not numbers are left out and counted.
 */
@Component
class ComparisonGroups {

    private final Surveys surveys;
    private final Initiatives initiatives;

    ComparisonGroups(Surveys surveys, Initiatives initiatives) {
        this.surveys = surveys;
        this.initiatives = initiatives;
    }

    /** The estimate with what was left out ({@code membershipDay} null for entered values). */
    record Outcome(
            String before,
            String after,
            String question,
            LocalDate membershipDay,
            DifferenceInDifferences.Estimate estimate,
            int anonymous,
            int notNumbers) {}

    /**
     * The estimate from entered values, one per line: {@code group,time,value} with group {@code supported} or
     * {@code comparison} and time {@code before} or {@code after} (a header line and blank lines are skipped).
     *
     * @throws InvalidInput naming {@code values, line N} and the column for each bad line, or {@code values} for a
     *     group with fewer than two values
     */
    Outcome entered(String text, String measure) {
        var errors = new InvalidInput.Collector();
        List<List<Double>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] lines = text == null ? new String[0] : text.split("\\R");
        if (lines.length > 20_000) {
            throw new InvalidInput(java.util.Map.of("values", "input.too-long"));
        }
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()
                    || (n == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("group"))) {
                continue;
            }
            String[] cells = line.split("[,;\\t]", -1);
            String where = "values, line " + (n + 1);
            if (cells.length != 3) {
                errors.add(where, "monitoring.did.line-format");
                continue;
            }
            int group = switch (cells[0].strip().toLowerCase(java.util.Locale.ROOT)) {
                case "supported" -> 0;
                case "comparison" -> 2;
                default -> -1;
            };
            int time = switch (cells[1].strip().toLowerCase(java.util.Locale.ROOT)) {
                case "before" -> 0;
                case "after" -> 1;
                default -> -1;
            };
            Double v = null;
            try {
                v = Double.parseDouble(cells[2].strip());
            } catch (NumberFormatException e) {
                errors.add(where + ", column value", "input.number");
            }
            if (group < 0) {
                errors.add(where + ", column group", "monitoring.did.group-unknown");
            }
            if (time < 0) {
                errors.add(where + ", column time", "monitoring.did.time-unknown");
            }
            if (v != null && group >= 0 && time >= 0) {
                groups.get(group + time).add(v);
            }
        }
        errors.throwIfAny();
        try {
            var e = DifferenceInDifferences.of(groups.get(0), groups.get(1), groups.get(2), groups.get(3));
            String label = measure == null || measure.isBlank() ? "value" : measure.strip();
            return new Outcome(
                    "before", "after", label.length() > 100 ? label.substring(0, 100) : label, null, e, 0, 0);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInput(java.util.Map.of("values", "monitoring.did.too-few"));
        }
    }

    /** The initiative's rounds that have been opened (drafts have no answers). */
    List<SurveyRound> rounds(Framework f) {
        return f.programme()
                ? List.of()
                : surveys.rounds(f.workspaceId(), f.initiativeId()).stream()
                        .filter(r -> r.status() != RoundStatus.DRAFT)
                        .toList();
    }

    /** The questions of the rounds that take a number (integer, decimal or a rating scale). */
    List<SurveyQuestion> numericQuestions(Framework f, List<SurveyRound> rounds) {
        List<SurveyQuestion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SurveyRound r : rounds) {
            for (SurveyQuestion q : surveys.questions(f.workspaceId(), r.id())) {
                boolean numeric = q.likert() || "integer".equals(q.type()) || "decimal".equals(q.type());
                if (numeric && seen.add(q.code())) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /**
     * Computes the estimate.
     *
     * @throws InvalidInput naming {@code before}, {@code after} or {@code question} for an unknown choice, the same
     *     round twice, or a group with fewer than two answers ({@code question})
     */
    Outcome compute(Framework f, String beforeId, String afterId, String question) {
        var errors = new InvalidInput.Collector();
        List<SurveyRound> rounds = rounds(f);
        SurveyRound before = find(rounds, beforeId).orElse(null);
        SurveyRound after = find(rounds, afterId).orElse(null);
        if (before == null) {
            errors.add("before", "input.unknown-choice");
        }
        if (after == null) {
            errors.add("after", "input.unknown-choice");
        }
        if (before != null && after != null && before.id() == after.id()) {
            errors.add("after", "monitoring.did.same-round");
        }
        String q = question == null ? "" : question.strip();
        if (numericQuestions(f, rounds).stream().noneMatch(x -> x.code().equals(q))) {
            errors.add("question", "input.unknown-choice");
        }
        errors.throwIfAny();
        LocalDate day = after.closesOn() != null && after.closesOn().isBefore(LocalDate.now())
                ? after.closesOn()
                : LocalDate.now();
        Set<Long> members = new HashSet<>(initiatives.activeMembers(f.workspaceId(), f.initiativeId(), day));
        int[] skipped = new int[2];
        List<List<Double>> b = split(surveys.answers(f.workspaceId(), before.id(), q), members, skipped);
        List<List<Double>> a = split(surveys.answers(f.workspaceId(), after.id(), q), members, skipped);
        try {
            var estimate = DifferenceInDifferences.of(b.get(0), a.get(0), b.get(1), a.get(1));
            return new Outcome(before.name(), after.name(), q, day, estimate, skipped[0], skipped[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(java.util.Map.of("question", "monitoring.did.too-few"));
        }
    }

    private static Optional<SurveyRound> find(List<SurveyRound> rounds, String id) {
        return rounds.stream()
                .filter(r -> id != null && Long.toString(r.id()).equals(id.strip()))
                .findFirst();
    }

    /** Supported (0) and comparison (1) values; counts anonymous answers in skipped[0], non-numbers in skipped[1]. */
    private static List<List<Double>> split(List<SurveyAnswer> answers, Set<Long> members, int[] skipped) {
        List<Double> supported = new ArrayList<>();
        List<Double> comparison = new ArrayList<>();
        for (SurveyAnswer a : answers) {
            if (a.organisationId() == null) {
                skipped[0]++;
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(a.value().strip());
            } catch (NumberFormatException | NullPointerException e) {
                skipped[1]++;
                continue;
            }
            (members.contains(a.organisationId()) ? supported : comparison).add(v);
        }
        return List.of(supported, comparison);
    }
}

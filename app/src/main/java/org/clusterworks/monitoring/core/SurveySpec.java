package org.clusterworks.monitoring.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.clusterworks.surveys.SurveyAnswer;
import org.clusterworks.surveys.SurveyQuestion;

/**
 * What a survey-fed indicator reads from a round: {@code question} alone (the mean of a number, the top-two-box
 * share of a rating scale, else the number of answers), or {@code question:mean}, {@code question:sum}, {@code
 * question:count}, {@code question:share=choice choice} (the percentage of answers that name any of the choices).
 */
record SurveySpec(String question, String aggregate, List<String> choices) {

    /** Reads a specification, or returns null when it is not one. */
    static SurveySpec parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(":", 2);
        String q = parts[0].strip();
        if (!q.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            return null;
        }
        if (parts.length == 1) {
            return new SurveySpec(q, "auto", List.of());
        }
        String agg = parts[1].strip();
        String lower = agg.toLowerCase(Locale.ROOT);
        if (lower.equals("mean") || lower.equals("sum") || lower.equals("count")) {
            return new SurveySpec(q, lower, List.of());
        }
        if (lower.startsWith("share=")) {
            List<String> choices = Arrays.stream(agg.substring(6).strip().split("\\s+"))
                    .filter(s -> !s.isBlank())
                    .toList();
            return choices.isEmpty() ? null : new SurveySpec(q, "share", choices);
        }
        return null;
    }

    /** The value over a round's answers, or empty when there is nothing to compute from. */
    OptionalDouble compute(SurveyQuestion question, List<SurveyAnswer> answers) {
        if (answers.isEmpty()) {
            return OptionalDouble.empty();
        }
        String how = aggregate;
        List<String> wanted = choices;
        if (how.equals("auto")) {
            boolean numeric = question != null
                    && (question.type().equals("integer") || question.type().equals("decimal"));
            if (numeric) {
                how = "mean";
            } else if (question != null
                    && question.likert()
                    && question.choices().size() >= 2) {
                how = "share";
                List<String> names = new ArrayList<>(question.choices().keySet());
                wanted = names.subList(names.size() - 2, names.size());
            } else {
                how = "count";
            }
        }
        switch (how) {
            case "count" -> {
                return OptionalDouble.of(answers.size());
            }
            case "share" -> {
                List<String> names = wanted;
                long hits = answers.stream()
                        .filter(a -> a.value() != null
                                && Arrays.stream(a.value().split(" ")).anyMatch(names::contains))
                        .count();
                return OptionalDouble.of(Math.round(1000.0 * hits / answers.size()) / 10.0);
            }
            default -> {
                List<Double> numbers = new ArrayList<>();
                for (SurveyAnswer a : answers) {
                    try {
                        numbers.add(Double.parseDouble(a.value()));
                    } catch (NumberFormatException | NullPointerException e) {
                        // a non-numeric answer does not count
                    }
                }
                if (numbers.isEmpty()) {
                    return OptionalDouble.empty();
                }
                double sum = numbers.stream().mapToDouble(Double::doubleValue).sum();
                double v = how.equals("sum") ? sum : sum / numbers.size();
                return OptionalDouble.of(Math.round(v * 1000.0) / 1000.0);
            }
        }
    }
}

package org.clusterworks.learning.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clusterworks.learning.content.Question;
import org.clusterworks.learning.content.Text;
import org.clusterworks.learning.engine.Assessments;

/**
 * One question of an attempt as a page shows it, in one language: options and right-hand sides in a stable shuffled
 * order (seeded by attempt and position), the learner's answer, and after grading the feedback.
 */
public record QuestionView(
        int position,
        String key,
        int version,
        String type,
        String text,
        String unit,
        List<Choice> choices,
        List<String> lefts,
        List<Choice> rights,
        List<String> answer,
        Double score,
        String explanation,
        String correctAnswer,
        String problem) {

    /** An option (or right-hand side of a matching question) with its index in the content file. */
    public record Choice(int index, String text, boolean correct, String feedback) {}

    static QuestionView of(long attemptId, Assessments.Item item, String lang, List<String> answer, String problem) {
        Question q = item.stored().question();
        Random random = new Random(attemptId * 1009L + item.position());
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            Question.Option o = q.options().get(i);
            choices.add(new Choice(
                    i,
                    o.text().in(lang),
                    o.correct(),
                    o.feedback() == null ? null : o.feedback().in(lang)));
        }
        Collections.shuffle(choices, random);
        List<String> lefts = q.pairs().stream().map(p -> p.left().in(lang)).toList();
        List<Choice> rights = new ArrayList<>();
        for (int i = 0; i < q.pairs().size(); i++) {
            rights.add(new Choice(i, q.pairs().get(i).right().in(lang), false, null));
        }
        Collections.shuffle(rights, random);
        return new QuestionView(
                item.position(),
                q.key(),
                item.stored().version(),
                q.type().label(),
                q.text().in(lang),
                q.unit() == null ? null : q.unit().in(lang),
                choices,
                lefts,
                rights,
                answer == null ? List.of() : answer,
                item.score(),
                q.explanation().in(lang),
                correctAnswer(q, lang),
                problem);
    }

    private static String correctAnswer(Question q, String lang) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE ->
                String.join(
                        "; ",
                        q.options().stream()
                                .filter(Question.Option::correct)
                                .map(o -> o.text().in(lang))
                                .toList());
            case TRUE_FALSE -> String.valueOf(q.answer());
            case NUMERIC -> trim(q.number()) + (q.tolerance() > 0 ? " (± " + trim(q.tolerance()) + ")" : "");
            case MATCHING ->
                String.join(
                        "; ",
                        q.pairs().stream()
                                .map(p -> p.left().in(lang) + " → " + p.right().in(lang))
                                .toList());
            case SHORT_ANSWER -> String.join(" / ", q.accepted().getOrDefault(Text.language(lang), List.of()));
        };
    }

    static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Whether {@code index} is among the answers (for checked options). */
    public boolean chosen(int index) {
        return answer.contains(String.valueOf(index));
    }

    /** The right-hand index chosen for left item {@code left}, or -1. */
    public int matched(int left) {
        if (left >= answer.size()) {
            return -1;
        }
        try {
            return Integer.parseInt(answer.get(left));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The learner's matches as "left → chosen right" (matching questions). */
    public String matches() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            int chosen = matched(i);
            String right = rights.stream()
                    .filter(r -> r.index() == chosen)
                    .map(Choice::text)
                    .findFirst()
                    .orElse("–");
            out.add(lefts.get(i) + " → " + right);
        }
        return String.join("; ", out);
    }

    public String first() {
        return answer.isEmpty() ? "" : answer.getFirst();
    }

    public boolean correct() {
        return score != null && score >= 0.999999;
    }

    public int scorePercent() {
        return score == null ? 0 : (int) Math.round(score * 100);
    }
}

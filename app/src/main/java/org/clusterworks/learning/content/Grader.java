package org.clusterworks.learning.content;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Grades one answer on the server. Answers arrive as the strings a form posts: option indexes for single and
 * multiple choice, {@code true}/{@code false}, a number, the chosen right-hand index for each left item of a
 * matching question (in order), or free text.
 */
public final class Grader {

    private Grader() {}

    /** The score of an answer, between 0 and 1. */
    public record Grade(double score) {
        public boolean correct() {
            return score >= 0.999999;
        }
    }

    /** An answer that cannot be graded (such as a non-number for a numeric question). */
    public static class AnswerException extends RuntimeException {
        private final String questionKey;
        private final String given;

        public AnswerException(String questionKey, String given) {
            super("Question " + questionKey + ": '" + given + "' is not a number");
            this.questionKey = questionKey;
            this.given = given;
        }

        public String questionKey() {
            return questionKey;
        }

        public String given() {
            return given;
        }
    }

    public static Grade grade(Question q, List<String> given) {
        List<String> answer = given == null
                ? List.of()
                : given.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::strip)
                        .toList();
        return new Grade(
                switch (q.type()) {
                    case SINGLE -> single(q, answer);
                    case MULTIPLE -> multiple(q, answer);
                    case TRUE_FALSE ->
                        answer.size() == 1 && answer.getFirst().equals(String.valueOf(q.answer())) ? 1 : 0;
                    case NUMERIC -> numeric(q, answer);
                    case MATCHING -> matching(q, given == null ? List.of() : given);
                    case SHORT_ANSWER -> shortAnswer(q, answer);
                });
    }

    /** A fully correct answer, in the form a page posts (used for demo data and tests). */
    public static List<String> correctAnswer(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE ->
                java.util.stream.IntStream.range(0, q.options().size())
                        .filter(i -> q.options().get(i).correct())
                        .mapToObj(String::valueOf)
                        .toList();
            case TRUE_FALSE -> List.of(String.valueOf(q.answer()));
            case NUMERIC -> List.of(String.valueOf(q.number()));
            case MATCHING ->
                java.util.stream.IntStream.range(0, q.pairs().size())
                        .mapToObj(String::valueOf)
                        .toList();
            case SHORT_ANSWER -> List.of(q.accepted().get("en").getFirst());
        };
    }

    /** Parses a learner's number: decimal point or comma, optional spaces as thousands separators. */
    public static Double parseNumber(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replace("\u00a0", "").replace(" ", "");
        if (t.matches("[-+]?\\d+,\\d+")) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static double single(Question q, List<String> answer) {
        if (answer.size() != 1) {
            return 0;
        }
        int i = index(answer.getFirst(), q.options().size());
        return i >= 0 && q.options().get(i).correct() ? 1 : 0;
    }

    private static double multiple(Question q, List<String> answer) {
        Set<Integer> chosen = new HashSet<>();
        for (String a : answer) {
            int i = index(a, q.options().size());
            if (i >= 0) {
                chosen.add(i);
            }
        }
        long correct = q.options().stream().filter(Question.Option::correct).count();
        int right = 0;
        int wrong = 0;
        for (int i : chosen) {
            if (q.options().get(i).correct()) {
                right++;
            } else {
                wrong++;
            }
        }
        return Math.max(0, (double) (right - wrong) / correct);
    }

    private static double numeric(Question q, List<String> answer) {
        if (answer.isEmpty()) {
            return 0;
        }
        Double n = parseNumber(answer.getFirst());
        if (n == null) {
            throw new AnswerException(q.key(), answer.getFirst());
        }
        return Math.abs(n - q.number()) <= q.tolerance() + 1e-9 ? 1 : 0;
    }

    private static double matching(Question q, List<String> given) {
        int n = q.pairs().size();
        int right = 0;
        for (int i = 0; i < n && i < given.size(); i++) {
            String g = given.get(i);
            if (g != null && index(g.strip(), n) == i) {
                right++;
            }
        }
        return (double) right / n;
    }

    private static double shortAnswer(Question q, List<String> answer) {
        if (answer.isEmpty()) {
            return 0;
        }
        String given = normalise(answer.getFirst());
        return q.accepted().values().stream()
                        .flatMap(List::stream)
                        .map(Grader::normalise)
                        .anyMatch(given::equals)
                ? 1
                : 0;
    }

    /** Lower case, no accents, single spaces, no surrounding spaces or final full stop. */
    public static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static int index(String s, int size) {
        try {
            int i = Integer.parseInt(s);
            return i >= 0 && i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

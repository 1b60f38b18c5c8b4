package org.clusterworks.learning.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads and validates one question of a bank (learning/FORMAT.md, "questions.yaml"). */
public final class QuestionParser {

    private static final Set<String> COMMON = Set.of("id", "type", "tags", "text", "explanation");
    private static final Map<Question.Type, Set<String>> SPECIFIC = Map.of(
            Question.Type.SINGLE, Set.of("options"),
            Question.Type.MULTIPLE, Set.of("options"),
            Question.Type.TRUE_FALSE, Set.of("answer"),
            Question.Type.NUMERIC, Set.of("number", "tolerance", "unit"),
            Question.Type.MATCHING, Set.of("pairs"),
            Question.Type.SHORT_ANSWER, Set.of("accepted"));

    private QuestionParser() {}

    /** Parses a question stored with an attempt (content as written, already validated when it was loaded). */
    public static Question fromStored(Map<String, Object> content, int module) {
        Problems problems = new Problems();
        Question q = parse(content, module, "stored question", null, problems);
        if (!problems.isEmpty() || q == null) {
            throw new IllegalStateException(String.join("; ", problems.list));
        }
        return q;
    }

    static Question parse(Map<String, Object> raw, int module, String file, String position, Problems problems) {
        Object idValue = raw.get("id");
        String id = idValue instanceof String s && Fields.ID.matcher(s).matches() ? s : null;
        Fields f = new Fields(file, id != null ? id : position, problems);
        if (id == null) {
            f.problem(
                    "id",
                    idValue == null ? "missing" : Fields.describe(idValue) + " does not match [a-z0-9][a-z0-9-]*");
        }
        String typeName = f.string(raw, "type", true, null);
        Question.Type type = typeName == null ? null : Question.Type.of(typeName);
        if (typeName != null && type == null) {
            f.problem(
                    "type",
                    "'" + typeName + "' is not one of single, multiple, true-false, numeric, matching, short-answer");
        }
        Set<String> allowed = new HashSet<>(COMMON);
        if (type != null) {
            allowed.addAll(SPECIFIC.get(type));
        } else {
            SPECIFIC.values().forEach(allowed::addAll);
        }
        f.onlyKeys(raw, "", allowed);
        List<String> tags = raw.containsKey("tags") ? f.strings(raw, "tags", false) : List.of();
        Text text = f.text(raw, "text", true);
        Text explanation = f.text(raw, "explanation", true);
        List<Question.Option> options = List.of();
        Boolean answer = null;
        Double number = null;
        double tolerance = 0;
        Text unit = null;
        List<Question.Pair> pairs = List.of();
        Map<String, List<String>> accepted = Map.of();
        if (type != null) {
            switch (type) {
                case SINGLE, MULTIPLE -> options = options(raw, type, f);
                case TRUE_FALSE -> answer = f.bool(raw, "answer", true);
                case NUMERIC -> {
                    number = f.number(raw, "number", null);
                    Double tol = f.number(raw, "tolerance", 0.0);
                    if (tol != null && tol < 0) {
                        f.problem("tolerance", "must not be negative, found " + tol);
                    }
                    tolerance = tol == null ? 0 : tol;
                    unit = f.text(raw, "unit", false);
                }
                case MATCHING -> pairs = pairs(raw, f);
                case SHORT_ANSWER -> accepted = accepted(raw, f);
            }
        }
        if (id == null || type == null) {
            return null;
        }
        return new Question(
                id,
                module,
                type,
                tags == null ? List.of() : List.copyOf(tags),
                text,
                explanation,
                options,
                answer,
                number,
                tolerance,
                unit,
                pairs,
                accepted,
                canonical(raw));
    }

    private static List<Question.Option> options(Map<String, Object> raw, Question.Type type, Fields f) {
        List<Object> list = f.list(raw, "options", true);
        if (list == null) {
            return List.of();
        }
        if (list.size() < 2 || list.size() > 8) {
            f.problem("options", "needs 2 to 8 options, found " + list.size());
        }
        List<Question.Option> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "options[" + (i + 1) + "]";
            Map<String, Object> o = Fields.map(list.get(i));
            if (o == null) {
                f.problem(field, "must be a mapping with text, correct and optional feedback");
                continue;
            }
            f.onlyKeys(o, field + ".", Set.of("text", "correct", "feedback"));
            Text t = f.text(o, field + ".text", true);
            Boolean correct = f.bool(o, field + ".correct", true);
            Text feedback = f.text(o, field + ".feedback", false);
            out.add(new Question.Option(t, Boolean.TRUE.equals(correct), feedback));
        }
        long correct = out.stream().filter(Question.Option::correct).count();
        if (type == Question.Type.SINGLE && correct != 1) {
            f.problem("options", "a single-choice question needs exactly one correct option, found " + correct);
        }
        if (type == Question.Type.MULTIPLE && (correct < 1 || correct == out.size())) {
            f.problem(
                    "options",
                    "a multiple-choice question needs at least one correct and one wrong option, found " + correct
                            + " correct of " + out.size());
        }
        return List.copyOf(out);
    }

    private static List<Question.Pair> pairs(Map<String, Object> raw, Fields f) {
        List<Object> list = f.list(raw, "pairs", true);
        if (list == null) {
            return List.of();
        }
        if (list.size() < 2 || list.size() > 8) {
            f.problem("pairs", "needs 2 to 8 pairs, found " + list.size());
        }
        List<Question.Pair> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "pairs[" + (i + 1) + "]";
            Map<String, Object> p = Fields.map(list.get(i));
            if (p == null) {
                f.problem(field, "must be a mapping with left and right");
                continue;
            }
            f.onlyKeys(p, field + ".", Set.of("left", "right"));
            Text left = f.text(p, field + ".left", true);
            Text right = f.text(p, field + ".right", true);
            if (left != null && right != null) {
                out.add(new Question.Pair(left, right));
            }
        }
        for (String lang : Text.LANGUAGES) {
            if (out.stream().map(p -> p.left().in(lang)).distinct().count() < out.size()) {
                f.problem("pairs", "two left texts are the same in " + lang);
            }
            if (out.stream().map(p -> p.right().in(lang)).distinct().count() < out.size()) {
                f.problem("pairs", "two right texts are the same in " + lang);
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> accepted(Map<String, Object> raw, Fields f) {
        Object value = raw.get("accepted");
        Map<String, Object> m = Fields.map(value);
        if (m == null) {
            f.problem(
                    "accepted",
                    value == null
                            ? "missing (accepted answers for en, fr and sw)"
                            : "must be a mapping of en, fr and sw to lists");
            return Map.of();
        }
        f.onlyKeys(m, "accepted.", Set.copyOf(Text.LANGUAGES));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String lang : Text.LANGUAGES) {
            List<String> answers = f.strings(m, "accepted." + lang, true);
            if (answers != null && answers.isEmpty()) {
                f.problem("accepted." + lang, "needs at least one accepted answer");
            }
            out.put(lang, answers == null ? List.of() : List.copyOf(answers));
        }
        return out;
    }

    /** The content with sorted keys at every level, so that equal content always serialises the same. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> canonical(Map<String, Object> raw) {
        Map<String, Object> out = new TreeMap<>();
        raw.forEach((k, v) -> out.put(k, canonicalValue(v)));
        return out;
    }

    private static Object canonicalValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return canonical(Fields.map(m));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(QuestionParser::canonicalValue).toList();
        }
        if (v instanceof Long
                || v instanceof Integer
                || v instanceof Double
                || v instanceof Boolean
                || v instanceof String) {
            return v;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v == null ? null : String.valueOf(v);
    }
}

package org.clusterworks.surveys.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks a respondent's raw answers against a form, in form order: skip logic first (an answer to a question whose
 * {@code relevant} expression, or whose section's, does not hold is dropped), then type, choice, required and
 * constraint checks. The browser hides the same questions with the same grammar; this is the authority.
 */
public final class Answers {

    /** An organisation named in an organisation picker with its sub-answers (choice names, or null). */
    public record Tie(String question, long organisationId, String frequency, String trust) {}

    /** Why an answer was refused: a message key (with the form's own message as {@code text} when it has one). */
    public record Problem(String question, String messageKey, String text) {}

    /**
     * The outcome.
     *
     * @param values the kept answers by question name, as stored (see {@link org.clusterworks.surveys.SurveyAnswer})
     * @param ties the organisations named in organisation pickers
     * @param problems the refused answers, in form order
     * @param relevant the questions shown to the respondent given these answers
     */
    public record Outcome(Map<String, String> values, List<Tie> ties, List<Problem> problems, Set<String> relevant) {}

    private Answers() {}

    /**
     * Checks raw answers.
     *
     * @param form the questionnaire
     * @param raw the submitted values by question name (several for a multiple choice or organisation picker)
     * @param sub the sub-answer for (question.organisationId, frequency|trust), or null
     * @param organisations the organisations a picker may name
     * @param complete whether this is a final submission (required answers checked) or a saved draft
     */
    public static Outcome check(
            Form form,
            Map<String, List<String>> raw,
            BiFunction<String, String, String> sub,
            Collection<Long> organisations,
            boolean complete) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Tie> ties = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> relevant = new java.util.LinkedHashSet<>();
        List<Boolean> groups = new ArrayList<>();
        for (Item item : form.items()) {
            if (item.type() == ItemType.END_GROUP) {
                if (!groups.isEmpty()) {
                    groups.remove(groups.size() - 1);
                }
                continue;
            }
            boolean shown = !groups.contains(Boolean.FALSE)
                    && (item.relevant() == null
                            || Expression.parse(item.relevant()).test(values::get, null));
            if (item.type() == ItemType.BEGIN_GROUP) {
                groups.add(shown);
                continue;
            }
            if (!item.isQuestion() || !shown) {
                continue;
            }
            relevant.add(item.name());
            List<String> given = raw.getOrDefault(item.name(), List.of()).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            String value;
            try {
                value = normalise(form, item, given, organisations);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(item.name(), e.getMessage(), null));
                continue;
            }
            if (value == null) {
                if (complete && item.required()) {
                    problems.add(new Problem(item.name(), "surveys.answer.required", null));
                }
                continue;
            }
            if (item.constraint() != null
                    && !Expression.parse(item.constraint()).test(values::get, value)) {
                String text = item.constraintMessage().isEmpty()
                        ? null
                        : item.constraintMessage().en();
                problems.add(new Problem(item.name(), "surveys.answer.constraint", text));
                continue;
            }
            values.put(item.name(), value);
            if (item.type() == ItemType.ORGANISATIONS) {
                for (String id : value.split(" ")) {
                    String f = choiceOrNull(form, item, "frequency", sub.apply(item.name() + "." + id, "frequency"));
                    String t = choiceOrNull(form, item, "trust", sub.apply(item.name() + "." + id, "trust"));
                    ties.add(new Tie(item.name(), Long.parseLong(id), f, t));
                }
            }
        }
        return new Outcome(values, ties, problems, relevant);
    }

    private static String choiceOrNull(Form form, Item item, String parameter, String value) {
        String list = item.parameterMap().get(parameter);
        if (list == null || value == null || value.isBlank()) {
            return null;
        }
        return form.list(list).stream().anyMatch(c -> c.name().equals(value.strip())) ? value.strip() : null;
    }

    private static String normalise(Form form, Item item, List<String> given, Collection<Long> organisations) {
        if (given.isEmpty()) {
            return null;
        }
        String one = given.get(0);
        switch (item.type()) {
            case TEXT:
                if (one.length() > 4000) {
                    throw new IllegalArgumentException("surveys.answer.too-long");
                }
                return one;
            case INTEGER:
                if (!one.matches("[-+]?\\d{1,15}")) {
                    throw new IllegalArgumentException("surveys.answer.integer");
                }
                return Long.toString(Long.parseLong(one));
            case DECIMAL:
                String d = one.replace(',', '.');
                if (!d.matches("[-+]?(\\d{1,15}(\\.\\d*)?|\\.\\d+)")) {
                    throw new IllegalArgumentException("surveys.answer.decimal");
                }
                return new java.math.BigDecimal(d).stripTrailingZeros().toPlainString();
            case DATE:
                try {
                    return LocalDate.parse(one).toString();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("surveys.answer.date");
                }
            case SELECT_ONE:
                if (given.size() > 1
                        || form.list(item.listName()).stream()
                                .noneMatch(c -> c.name().equals(one))) {
                    throw new IllegalArgumentException("surveys.answer.choice");
                }
                return one;
            case SELECT_MULTIPLE: {
                List<String> names =
                        form.list(item.listName()).stream().map(Choice::name).toList();
                if (!names.containsAll(given)) {
                    throw new IllegalArgumentException("surveys.answer.choice");
                }
                return String.join(" ", names.stream().filter(given::contains).toList());
            }
            case ORGANISATIONS: {
                List<String> ids = new ArrayList<>();
                for (String g : given) {
                    long id;
                    try {
                        id = Long.parseLong(g);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("surveys.answer.organisation");
                    }
                    if (!organisations.contains(id)) {
                        throw new IllegalArgumentException("surveys.answer.organisation");
                    }
                    if (!ids.contains(g)) {
                        ids.add(Long.toString(id));
                    }
                }
                return String.join(" ", ids);
            }
            default:
                return null;
        }
    }
}

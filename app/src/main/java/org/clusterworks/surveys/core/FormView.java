package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;

/**
 * A questionnaire laid out for the respondent page in one language: sections (nested groups flattened, their skip
 * rules combined with {@code and}) holding questions with their current answers.
 */
public record FormView(String title, List<Section> sections) {

    public record Option(String name, String label) {}

    public record Picked(long id, String name, boolean checked, String frequency, String trust) {}

    public record Section(
            String name,
            String label,
            String relevant,
            boolean matrix,
            List<Option> columns,
            List<Question> questions) {}

    public record Question(
            String name,
            String kind,
            String label,
            String hint,
            boolean required,
            String relevant,
            boolean likert,
            String value,
            Set<String> selected,
            List<Option> choices,
            List<Option> frequency,
            List<Option> trust,
            List<Picked> organisations,
            String error) {}

    static FormView of(
            Form form,
            Locale locale,
            Map<String, String> values,
            List<Answers.Tie> ties,
            List<StakeholderOrganisation> organisations,
            Map<String, String> errors) {
        List<Section> sections = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        List<Item> groupStack = new ArrayList<>();
        Section current = new Section("", "", null, false, List.of(), new ArrayList<>());
        for (Item item : form.items()) {
            if (item.type() == ItemType.BEGIN_GROUP || item.type() == ItemType.END_GROUP) {
                if (!current.questions().isEmpty()) {
                    sections.add(current);
                }
                if (item.type() == ItemType.BEGIN_GROUP) {
                    stack.add(item.relevant());
                    groupStack.add(item);
                } else if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                    groupStack.remove(groupStack.size() - 1);
                }
                Item group = groupStack.isEmpty() ? null : groupStack.get(groupStack.size() - 1);
                current = new Section(
                        group == null ? "" : group.name(),
                        group == null ? "" : group.label().in(locale),
                        combined(stack),
                        group != null && group.matrix(),
                        List.of(),
                        new ArrayList<>());
                continue;
            }
            if (!item.isQuestion() && item.type() != ItemType.NOTE) {
                continue;
            }
            Question q = question(form, item, locale, values, ties, organisations, errors);
            if (current.matrix() && current.columns().isEmpty() && item.type() == ItemType.SELECT_ONE) {
                current = new Section(
                        current.name(), current.label(), current.relevant(), true, q.choices(), current.questions());
            }
            current.questions().add(q);
        }
        if (!current.questions().isEmpty()) {
            sections.add(current);
        }
        return new FormView(form.title(), sections);
    }

    private static String combined(List<String> relevants) {
        List<String> parts = relevants.stream()
                .filter(r -> r != null)
                .map(r -> "(" + r + ")")
                .toList();
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    private static List<Option> options(List<Choice> choices, Locale locale) {
        return choices.stream()
                .map(c -> new Option(c.name(), c.label().in(locale)))
                .toList();
    }

    private static Question question(
            Form form,
            Item item,
            Locale locale,
            Map<String, String> values,
            List<Answers.Tie> ties,
            List<StakeholderOrganisation> organisations,
            Map<String, String> errors) {
        String value = values.getOrDefault(item.name(), "");
        Set<String> selected = value.isBlank() ? Set.of() : Set.of(value.split(" "));
        List<Option> choices = item.type().select() ? options(form.list(item.listName()), locale) : List.of();
        List<Option> frequency = List.of();
        List<Option> trust = List.of();
        List<Picked> picked = List.of();
        if (item.type() == ItemType.ORGANISATIONS) {
            Map<String, String> p = item.parameterMap();
            frequency = p.containsKey("frequency") ? options(form.list(p.get("frequency")), locale) : List.of();
            trust = p.containsKey("trust") ? options(form.list(p.get("trust")), locale) : List.of();
            List<Picked> list = new ArrayList<>();
            for (StakeholderOrganisation o : organisations) {
                Answers.Tie tie = ties.stream()
                        .filter(t -> t.question().equals(item.name()) && t.organisationId() == o.id())
                        .findFirst()
                        .orElse(null);
                list.add(new Picked(
                        o.id(),
                        o.name(),
                        selected.contains(Long.toString(o.id())),
                        tie == null ? null : tie.frequency(),
                        tie == null ? null : tie.trust()));
            }
            picked = list;
        }
        String kind = item.type() == ItemType.ORGANISATIONS
                ? "organisations"
                : item.type().xlsform();
        return new Question(
                item.name(),
                kind,
                item.label().in(locale),
                item.hint().in(locale),
                item.required(),
                item.relevant(),
                item.likert(),
                value,
                selected,
                choices,
                frequency,
                trust,
                picked,
                errors.get(item.name()));
    }
}

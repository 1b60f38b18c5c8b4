package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.Text;

/**
 * The builder's "edit a question" form: labels in three languages, hint, required, skip rule, constraint with its
 * message, and the choices of its list ({@code name | English | French | Swahili} a line). The name and the kind of
 * question stay, so answers already collected keep their meaning.
 */
record QuestionEdit(
        String labelEn,
        String labelFr,
        String labelSw,
        String hintEn,
        Boolean required,
        String relevant,
        String constraint,
        String constraintMessage,
        String choices) {

    /** The form values of an existing row. */
    static QuestionEdit of(Form form, Item item) {
        return new QuestionEdit(
                item.label().raw("en"),
                item.label().raw("fr"),
                item.label().raw("sw"),
                item.hint().raw("en"),
                item.required(),
                item.relevant(),
                item.constraint(),
                item.constraintMessage().raw("en"),
                editableList(item) ? lines(form.list(item.listName())) : null);
    }

    /** Whether the row's choices are edited with it: single and multiple choice (rating scales and yes/no too). */
    static boolean editableList(Item item) {
        return item.type().select() && item.listName() != null;
    }

    private static String lines(List<Choice> choices) {
        return choices.stream()
                .map(c -> String.join(
                        " | ",
                        c.name(),
                        nullToEmpty(c.label().raw("en")),
                        nullToEmpty(c.label().raw("fr")),
                        nullToEmpty(c.label().raw("sw"))))
                .map(l -> l.replaceAll("( \\| )+$", ""))
                .collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The form with row {@code position} changed; checking is left to the caller. */
    Form applyTo(Form form, int position) {
        Item old = form.items().get(position);
        boolean question = old.isQuestion();
        Item changed = new Item(
                old.type(),
                old.listName(),
                old.name(),
                new Text(labelEn, labelFr, labelSw),
                new Text(hintEn, old.hint().raw("fr"), old.hint().raw("sw")),
                question && Boolean.TRUE.equals(required),
                relevant,
                question ? constraint : old.constraint(),
                question
                        ? new Text(
                                constraintMessage,
                                old.constraintMessage().raw("fr"),
                                old.constraintMessage().raw("sw"))
                        : old.constraintMessage(),
                old.appearance(),
                old.parameters());
        List<Item> items = new ArrayList<>(form.items());
        items.set(position, changed);
        List<Choice> list = new ArrayList<>(form.choices());
        if (editableList(old) && choices != null) {
            List<Choice> replacement = parse(old.listName(), choices);
            int at = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).listName().equals(old.listName())) {
                    at = at < 0 ? i : at;
                }
            }
            list.removeIf(c -> c.listName().equals(old.listName()));
            list.addAll(at < 0 ? list.size() : at, replacement);
        }
        return new Form(form.title(), form.formId(), form.version(), form.defaultLanguage(), items, list);
    }

    private static List<Choice> parse(String listName, String text) {
        List<Choice> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", -1);
            String name = p[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
            String en = p.length > 1 && !p[1].isBlank() ? p[1] : p[0];
            out.add(new Choice(listName, name, new Text(en, p.length > 2 ? p[2] : null, p.length > 3 ? p[3] : null)));
        }
        return out;
    }

    /** Whether the row may be edited at all: not the end of a section. */
    static boolean editable(Item item) {
        return item.type() != ItemType.END_GROUP;
    }
}

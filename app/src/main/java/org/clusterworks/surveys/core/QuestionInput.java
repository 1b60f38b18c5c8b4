package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.Text;

/**
 * The builder's "add a question" form. {@code kind} is one of text, integer, decimal, date, select_one,
 * select_multiple, likert, yes_no, organisations, note, section, matrix, end_section; {@code choices} holds one
 * choice a line as {@code name | English | French | Swahili}; {@code min}/{@code max} become a constraint.
 */
record QuestionInput(
        String kind,
        String name,
        String labelEn,
        String labelFr,
        String labelSw,
        String hintEn,
        String choices,
        Boolean required,
        String relevant,
        String constraint,
        String constraintMessage,
        String min,
        String max) {

    static QuestionInput empty() {
        return new QuestionInput("text", "", "", "", "", "", "", false, "", "", "", "", "");
    }

    /** The form with this question appended (and the choice lists it needs); checking is left to the caller. */
    Form appendTo(Form form) {
        List<Item> items = new ArrayList<>(form.items());
        List<Choice> choices = new ArrayList<>(form.choices());
        String k = kind == null ? "text" : kind;
        String n = name == null ? "" : name.strip();
        Text label = new Text(labelEn, labelFr, labelSw);
        Text hint = Text.of(hintEn);
        boolean req = Boolean.TRUE.equals(required);
        String cons = constraint(k);
        Text msg = Text.of(constraintMessage);
        switch (k) {
            case "end_section" ->
                items.add(new Item(ItemType.END_GROUP, null, null, null, null, false, null, null, null, null, null));
            case "section", "matrix" ->
                items.add(new Item(
                        ItemType.BEGIN_GROUP,
                        null,
                        n,
                        label,
                        hint,
                        false,
                        relevant,
                        null,
                        null,
                        k.equals("matrix") ? "table-list" : null,
                        null));
            case "note" ->
                items.add(new Item(ItemType.NOTE, null, n, label, hint, false, relevant, null, null, null, null));
            case "yes_no" -> {
                ensure(
                        form,
                        choices,
                        "yes_no",
                        List.of(
                                new Choice("yes_no", "yes", new Text("Yes", "Oui", "Ndiyo")),
                                new Choice("yes_no", "no", new Text("No", "Non", "Hapana"))));
                items.add(
                        new Item(ItemType.SELECT_ONE, "yes_no", n, label, hint, req, relevant, cons, msg, null, null));
            }
            case "likert" -> {
                String list = ownList(n, choices);
                if (list == null) {
                    ensure(form, choices, "agree5", Library.agree5());
                    list = "agree5";
                }
                items.add(
                        new Item(ItemType.SELECT_ONE, list, n, label, hint, req, relevant, cons, msg, "likert", null));
            }
            case "select_one", "select_multiple" -> {
                String list = ownList(n, choices);
                items.add(new Item(
                        ItemType.parse(k),
                        list == null ? n : list,
                        n,
                        label,
                        hint,
                        req,
                        relevant,
                        cons,
                        msg,
                        null,
                        null));
            }
            case "organisations" -> {
                ensure(form, choices, "frequency", Library.frequency());
                ensure(form, choices, "trust", Library.trust());
                items.add(new Item(
                        ItemType.ORGANISATIONS,
                        ItemType.ORGANISATIONS_FILE,
                        n,
                        label,
                        hint,
                        req,
                        relevant,
                        null,
                        null,
                        null,
                        "frequency=frequency trust=trust"));
            }
            default -> {
                ItemType t = ItemType.parse(k);
                items.add(new Item(
                        t == null || !t.question() ? ItemType.TEXT : t,
                        null,
                        n,
                        label,
                        hint,
                        req,
                        relevant,
                        cons,
                        msg,
                        null,
                        null));
            }
        }
        return new Form(form.title(), form.formId(), form.version(), form.defaultLanguage(), items, choices);
    }

    private String constraint(String k) {
        List<String> parts = new ArrayList<>();
        if (constraint != null && !constraint.isBlank()) {
            parts.add(constraint.strip());
        }
        if ((k.equals("integer") || k.equals("decimal"))) {
            if (min != null && !min.isBlank()) {
                parts.add(". >= " + min.strip());
            }
            if (max != null && !max.isBlank()) {
                parts.add(". <= " + max.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** Adds the lines of the choices box as list {@code name}; null when the box is empty. */
    private String ownList(String n, List<Choice> choices) {
        if (this.choices == null || this.choices.isBlank()) {
            return null;
        }
        for (String line : this.choices.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", -1);
            String cname = p[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
            String en = p.length > 1 ? p[1] : p[0];
            choices.add(new Choice(n, cname, new Text(en, p.length > 2 ? p[2] : null, p.length > 3 ? p[3] : null)));
        }
        return n;
    }

    private static void ensure(Form form, List<Choice> choices, String list, List<Choice> defaults) {
        if (choices.stream().noneMatch(c -> c.listName().equals(list))) {
            choices.addAll(defaults);
        }
    }
}

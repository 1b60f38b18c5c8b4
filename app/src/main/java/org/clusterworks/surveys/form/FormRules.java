package org.clusterworks.surveys.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural rules every questionnaire obeys, whether imported or built on screen: unique names, known choice
 * lists, balanced sections, parseable expressions that only read earlier questions. Rows are numbered as in the
 * XLSForm sheets (the header is row 1).
 */
public final class FormRules {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_.-]*";

    private FormRules() {}

    public static List<FormProblem> check(Form form) {
        List<FormProblem> problems = new ArrayList<>();
        Map<String, List<Choice>> lists = form.lists();
        Set<String> seen = new HashSet<>();
        int depth = 0;
        boolean inMatrix = false;
        List<Boolean> matrixStack = new ArrayList<>();
        for (int i = 0; i < form.items().size(); i++) {
            Item item = form.items().get(i);
            int row = i + 2;
            if (item.type() == ItemType.END_GROUP) {
                if (depth == 0) {
                    problems.add(new FormProblem("survey", row, "type", "end_group without a begin_group"));
                } else {
                    depth--;
                    inMatrix = matrixStack.remove(matrixStack.size() - 1);
                }
                continue;
            }
            if (item.name() == null || item.name().isBlank()) {
                problems.add(new FormProblem("survey", row, "name", "a name is required"));
            } else if (!item.name().matches(NAME)) {
                problems.add(new FormProblem(
                        "survey",
                        row,
                        "name",
                        "'" + item.name()
                                + "' is not a valid name (letters, digits, _ . -; not starting with a digit)"));
            } else if (!seen.add(item.name())) {
                problems.add(new FormProblem("survey", row, "name", "the name '" + item.name() + "' is used twice"));
            }
            if (item.type() == ItemType.BEGIN_GROUP) {
                matrixStack.add(inMatrix);
                inMatrix = item.matrix();
                depth++;
            }
            if (item.isQuestion() || item.type() == ItemType.NOTE || item.type() == ItemType.BEGIN_GROUP) {
                if (item.label().isEmpty() && item.type() != ItemType.BEGIN_GROUP) {
                    problems.add(new FormProblem("survey", row, "label", "a label is required"));
                }
            }
            if (item.type().select()) {
                if (item.listName() == null) {
                    problems.add(
                            new FormProblem("survey", row, "type", item.type().xlsform() + " needs a list name"));
                } else if (!lists.containsKey(item.listName())) {
                    problems.add(new FormProblem(
                            "survey",
                            row,
                            "type",
                            "the choice list '" + item.listName() + "' is not in the choices sheet"));
                }
            }
            if (item.type() == ItemType.ORGANISATIONS) {
                if (!ItemType.ORGANISATIONS_FILE.equals(item.listName())) {
                    problems.add(new FormProblem(
                            "survey",
                            row,
                            "type",
                            "select_multiple_from_file is supported only as the organisation picker '"
                                    + ItemType.ORGANISATIONS_FILE + "'"));
                }
                item.parameterMap().forEach((k, v) -> {
                    if (!k.equals("frequency") && !k.equals("trust")) {
                        problems.add(new FormProblem(
                                "survey", row, "parameters", "unsupported parameter '" + k + "' (frequency, trust)"));
                    } else if (!lists.containsKey(v)) {
                        problems.add(new FormProblem(
                                "survey",
                                row,
                                "parameters",
                                "the choice list '" + v + "' is not in the choices sheet"));
                    }
                });
            } else if (item.parameters() != null) {
                problems.add(new FormProblem(
                        "survey", row, "parameters", "parameters are supported only on the organisation picker"));
            }
            if (inMatrix && item.isQuestion() && item.type() != ItemType.SELECT_ONE) {
                problems.add(new FormProblem(
                        "survey", row, "type", "a table-list (matrix) section may hold only select_one questions"));
            }
            if (item.relevant() != null) {
                checkExpression(problems, row, "relevant", item.relevant(), seen, item.name(), false);
            }
            if (item.constraint() != null) {
                if (!item.isQuestion()) {
                    problems.add(new FormProblem("survey", row, "constraint", "only a question can have a constraint"));
                }
                checkExpression(problems, row, "constraint", item.constraint(), seen, item.name(), true);
            }
            if (item.required() && !item.isQuestion()) {
                problems.add(new FormProblem("survey", row, "required", "only a question can be required"));
            }
        }
        if (depth > 0) {
            problems.add(new FormProblem("survey", 0, "type", depth + " begin_group without end_group"));
        }
        Map<String, Set<String>> names = new HashMap<>();
        for (int i = 0; i < form.choices().size(); i++) {
            Choice c = form.choices().get(i);
            int row = i + 2;
            if (c.name() == null || c.name().isBlank() || c.name().contains(" ")) {
                problems.add(new FormProblem("choices", row, "name", "a choice name is required and has no spaces"));
            } else if (!names.computeIfAbsent(c.listName(), k -> new HashSet<>())
                    .add(c.name())) {
                problems.add(new FormProblem(
                        "choices", row, "name", "'" + c.name() + "' appears twice in list '" + c.listName() + "'"));
            }
            if (c.label().isEmpty()) {
                problems.add(new FormProblem("choices", row, "label", "a label is required"));
            }
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new FormProblem("settings", 2, "form_title", "a form title is required"));
        }
        return problems;
    }

    private static void checkExpression(
            List<FormProblem> problems,
            int row,
            String column,
            String source,
            Set<String> earlier,
            String self,
            boolean constraint) {
        try {
            Expression e = Expression.parse(source);
            for (String ref : e.references()) {
                boolean ok = earlier.contains(ref) && (constraint || !ref.equals(self));
                if (!ok) {
                    problems.add(
                            new FormProblem("survey", row, column, "${" + ref + "} does not name an earlier question"));
                }
            }
        } catch (Expression.Invalid ex) {
            problems.add(new FormProblem("survey", row, column, ex.getMessage()));
        }
    }
}

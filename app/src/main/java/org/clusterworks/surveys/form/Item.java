package org.clusterworks.surveys.form;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the XLSForm {@code survey} sheet: a question, a note, or the start or end of a section.
 *
 * @param type the XLSForm type without list name (see {@link ItemType})
 * @param listName the choice list of a select question, or the file of an organisation picker; null otherwise
 * @param name the question's name (unique in the form); null for {@code end_group}
 * @param label the label in each language
 * @param hint the hint in each language
 * @param required whether an answer is needed when the question is relevant
 * @param relevant the skip-logic expression (show the question only when it holds), or null
 * @param constraint the validation expression over {@code .} (the answer), or null
 * @param constraintMessage the message shown when the constraint fails
 * @param appearance the XLSForm appearance ({@code likert}, {@code table-list} for a matrix section, ...), or null
 * @param parameters the XLSForm parameters ({@code frequency=list trust=list} for an organisation picker), or null
 */
public record Item(
        ItemType type,
        String listName,
        String name,
        Text label,
        Text hint,
        boolean required,
        String relevant,
        String constraint,
        Text constraintMessage,
        String appearance,
        String parameters) {

    public Item {
        label = label == null ? Text.EMPTY : label;
        hint = hint == null ? Text.EMPTY : hint;
        constraintMessage = constraintMessage == null ? Text.EMPTY : constraintMessage;
        relevant = blankToNull(relevant);
        constraint = blankToNull(constraint);
        appearance = blankToNull(appearance);
        parameters = blankToNull(parameters);
    }

    /** The type column as written in XLSForm, e.g. {@code select_one yes_no}. */
    public String typeColumn() {
        return listName == null ? type.xlsform() : type.xlsform() + " " + listName;
    }

    public boolean isQuestion() {
        return type.question();
    }

    /** Whether the choices form an ordered rating scale (XLSForm appearance {@code likert}). */
    public boolean likert() {
        return appearance != null && appearance.toLowerCase(Locale.ROOT).contains("likert");
    }

    /** Whether this section is shown as a grid (XLSForm appearance {@code table-list}). */
    public boolean matrix() {
        return type == ItemType.BEGIN_GROUP
                && appearance != null
                && appearance.toLowerCase(Locale.ROOT).contains("table-list");
    }

    /** The parameters as key to value ({@code a=b c=d}). */
    public Map<String, String> parameterMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (parameters != null) {
            for (String part : parameters.trim().split("[\\s;,]+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                } else if (!part.isBlank()) {
                    map.put(part.trim(), "");
                }
            }
        }
        return map;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

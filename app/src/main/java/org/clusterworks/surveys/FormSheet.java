package org.clusterworks.surveys;

import java.util.List;
import java.util.Set;

/**
 * A questionnaire laid out for a page in one language, with current answers and errors, so that another module can
 * show it inside its own form (field names {@code q.<question>}; skip logic in {@code data-relevant} attributes, read
 * by {@code /js/surveys-form.js} inside an element with id {@code survey-form}).
 */
public record FormSheet(String title, List<Section> sections) {

    /** A choice: its name and label. */
    public record Option(String name, String label) {}

    /** A section (nested groups flattened, their skip rules combined). */
    public record Section(
            String name,
            String label,
            String relevant,
            boolean matrix,
            List<Option> columns,
            List<Question> questions) {}

    /**
     * A question or note.
     *
     * @param kind text, integer, decimal, date, select_one, select_multiple or note
     */
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
            String error) {

        /** The answer as a person reads it: the value, or the labels of the chosen choices. */
        public String display() {
            if (choices.isEmpty()) {
                return value;
            }
            return String.join(
                    "; ",
                    choices.stream()
                            .filter(c -> selected.contains(c.name()))
                            .map(Option::label)
                            .toList());
        }
    }
}

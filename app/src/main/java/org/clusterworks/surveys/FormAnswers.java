package org.clusterworks.surveys;

import java.util.List;
import java.util.Map;

/**
 * A set of answers checked against a questionnaire outside any round.
 *
 * @param values the kept answers by question name, stored as XLSForm stores them (skipped questions dropped)
 * @param errors why answers were refused, by question name, in the requested language (empty when all is well)
 * @param answered the kept answers in form order with their labels and readable values, for a receipt
 */
public record FormAnswers(Map<String, String> values, Map<String, String> errors, List<Answered> answered) {

    /** One kept answer: question name, its label and the answer as a person reads it (choice labels). */
    public record Answered(String question, String label, String answer) {}

    public boolean valid() {
        return errors.isEmpty();
    }
}

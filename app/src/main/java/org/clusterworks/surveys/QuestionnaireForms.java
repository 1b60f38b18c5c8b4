package org.clusterworks.surveys;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Questionnaires filled outside a survey round, e.g. as the application form of a funding call: the same validation,
 * required answers and skip logic as a round's respondent page; the caller stores the answers. Workspace-scoped.
 */
public interface QuestionnaireForms {

    /** The workspace's questionnaires, by title. */
    List<QuestionnaireRef> questionnaires(long workspaceId);

    /** The questionnaire if it belongs to the workspace. */
    Optional<QuestionnaireRef> questionnaire(long workspaceId, long questionnaireId);

    /**
     * Checks raw answers.
     *
     * @param raw the values by question name (several for a multiple choice)
     * @param complete true for a final submission (required answers checked), false for a draft
     * @param locale the language of the error messages and receipt labels
     */
    FormAnswers check(
            long workspaceId, long questionnaireId, Map<String, List<String>> raw, boolean complete, Locale locale);

    /** Checks answers as {@link FormAnswers#values()} stores them (e.g. a saved draft before its submission). */
    FormAnswers recheck(
            long workspaceId, long questionnaireId, Map<String, String> stored, boolean complete, Locale locale);

    /** The questionnaire laid out with these answers (stored form) and errors (by question name). */
    FormSheet sheet(
            long workspaceId,
            long questionnaireId,
            Map<String, String> values,
            Map<String, String> errors,
            Locale locale);
}

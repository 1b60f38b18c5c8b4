package org.clusterworks.surveys;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Lets another module field its own questionnaire through the surveys module: store it from an XLSForm workbook,
 * open a round for chosen organisations, hand out the personal links and read the submitted responses whole.
 */
public interface SurveyFielding {

    /**
     * Stores an XLSForm workbook as a questionnaire of the workspace, checked like any upload.
     *
     * @throws IllegalArgumentException listing every problem when the workbook is refused
     */
    long importQuestionnaire(long workspaceId, byte[] xlsform, String fallbackTitle);

    /**
     * Creates a round of the initiative with the questionnaire, puts the organisations in its panel and opens it.
     *
     * @return the round's id
     * @throws org.clusterworks.shared.InvalidInput naming the field when the initiative, questionnaire, name or an
     *     organisation is not in the workspace
     */
    long openRound(
            long workspaceId, long initiativeId, long questionnaireId, String name, Collection<Long> organisationIds);

    /** The panel of a round in the workspace (empty for another workspace's round), in the order it was added. */
    List<PanelLink> panel(long workspaceId, long roundId);

    /** Every submitted response of a round in the workspace, oldest respondent first. */
    List<SubmittedResponse> responses(long workspaceId, long roundId);

    /**
     * A respondent of a round's panel.
     *
     * @param link the personal link's path ({@code /respond/<token>}), public and unguessable
     */
    record PanelLink(String respondentKey, Long organisationId, String link, boolean submitted) {}

    /**
     * One submitted response.
     *
     * @param values question name to the answer as stored (multiple choice: names separated by single spaces)
     */
    record SubmittedResponse(String respondentKey, Long organisationId, Map<String, String> values) {}
}

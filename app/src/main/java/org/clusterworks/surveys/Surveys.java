package org.clusterworks.surveys;

import java.util.List;
import java.util.Optional;

/** Read access to survey rounds, their answers and network ties for other modules; every call is workspace-scoped. */
public interface Surveys {

    /** The rounds of an initiative, oldest first; empty for an initiative outside the workspace. */
    List<SurveyRound> rounds(long workspaceId, long initiativeId);

    /** The round with this id if it belongs to the workspace. */
    Optional<SurveyRound> round(long workspaceId, long roundId);

    /** The questions of a round's questionnaire, in form order (sections and notes left out). */
    List<SurveyQuestion> questions(long workspaceId, long roundId);

    /**
     * The ties named through organisation-picker questions in the round's submitted responses: one per respondent
     * organisation, named organisation and question.
     */
    List<SurveyTie> ties(long workspaceId, long roundId);

    /** The submitted answers to one question of a round (skipped and unanswered questions have no answer). */
    List<SurveyAnswer> answers(long workspaceId, long roundId, String questionCode);
}

package org.clusterworks.surveys;

import java.time.LocalDate;

/**
 * A survey round as other modules see it.
 *
 * @param id the round's id
 * @param initiativeId the initiative it belongs to
 * @param name its name
 * @param kind baseline, midline, endline or other
 * @param questionnaireId the questionnaire it uses
 * @param status draft, open or closed
 * @param opensOn the first day of fieldwork, or null
 * @param closesOn the last day of fieldwork, or null
 * @param respondents how many respondents have submitted
 */
public record SurveyRound(
        long id,
        long initiativeId,
        String name,
        RoundKind kind,
        long questionnaireId,
        RoundStatus status,
        LocalDate opensOn,
        LocalDate closesOn,
        int respondents) {}

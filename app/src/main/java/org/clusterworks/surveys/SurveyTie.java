package org.clusterworks.surveys;

/**
 * A collaboration tie named by a respondent organisation in an organisation-picker question.
 *
 * @param respondentOrganisationId the organisation that answered
 * @param namedOrganisationId the organisation it named
 * @param questionCode the organisation-picker question
 * @param weight the frequency (or strength) sub-answer as a number: the chosen choice's name when it is numeric,
 *     otherwise its 1-based position in the list; 1 when no frequency was asked or given
 * @param trust the trust sub-answer as a number in the same way, or null when not asked or not given
 */
public record SurveyTie(
        long respondentOrganisationId, long namedOrganisationId, String questionCode, double weight, Double trust) {}

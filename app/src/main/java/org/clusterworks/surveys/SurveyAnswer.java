package org.clusterworks.surveys;

/**
 * One submitted answer to one question.
 *
 * @param respondentKey a stable key of the respondent within the round (never a name)
 * @param organisationId the respondent's organisation, or null (anonymous link, person without organisation)
 * @param value the answer as XLSForm stores it: a number or date in ISO form, a choice name, or for multiple
 *     choice the chosen names separated by single spaces
 */
public record SurveyAnswer(String respondentKey, Long organisationId, String value) {}

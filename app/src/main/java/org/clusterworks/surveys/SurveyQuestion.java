package org.clusterworks.surveys;

import java.util.Map;

/**
 * A question as other modules see it.
 *
 * @param code the question's name in the form (XLSForm {@code name}), unique in the questionnaire
 * @param type the XLSForm type without list name: text, integer, decimal, date, select_one, select_multiple,
 *     select_multiple_from_file (organisation picker)
 * @param label the English label
 * @param choices for select questions, choice name to English label, in form order; empty otherwise
 * @param likert whether the choices form an ordered rating scale (lowest first)
 */
public record SurveyQuestion(String code, String type, String label, Map<String, String> choices, boolean likert) {}

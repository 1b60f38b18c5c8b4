package org.clusterworks.surveys;

/**
 * A questionnaire as other modules list it.
 *
 * @param id the questionnaire's id
 * @param title its title
 * @param questions how many questions it asks
 * @param standalone whether it can be filled outside a survey round (it has no organisation-picker question, which
 *     needs a round's panel)
 */
public record QuestionnaireRef(long id, String title, int questions, boolean standalone) {}

package org.clusterworks.planning;

import java.util.List;

/**
 * A strategic objective of an initiative's action plan.
 *
 * @param id the objective's id
 * @param initiativeId its initiative
 * @param code its short code in the plan ({@code O1})
 * @param title its title
 * @param status {@code DRAFT} or {@code AGREED}
 * @param swotItemIds the diagnostic's SWOT items it answers
 */
public record PlannedObjective(
        long id, long initiativeId, String code, String title, String status, List<Long> swotItemIds) {}

package org.clusterworks.diagnostic;

/**
 * One item of an initiative's SWOT board as other modules (planning, monitoring) see it.
 *
 * @param id the item's id
 * @param initiativeId the initiative whose board holds it
 * @param kind its quadrant
 * @param title a short title
 * @param description the longer description, or an empty string
 * @param priority the number of stakeholder votes it received (one vote per user per item)
 * @param highPriority whether it ranks among the top three items of its quadrant by votes with at least one vote
 */
public record SwotItem(
        long id,
        long initiativeId,
        SwotKind kind,
        String title,
        String description,
        int priority,
        boolean highPriority) {}

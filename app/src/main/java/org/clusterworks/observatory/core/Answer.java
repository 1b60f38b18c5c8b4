package org.clusterworks.observatory.core;

/**
 * One answer, attached to a programme, a region or a country, with its provenance.
 *
 * @param itemCode the closed item, or null for a respondent's own "other" text
 * @param responseNo which answer of the subject, when a country or region answered more than once
 */
public record Answer(
        long id,
        String waveCode,
        Level level,
        Long programmeId,
        Long regionId,
        String country,
        int responseNo,
        String dimension,
        String itemCode,
        String rating,
        String otherText,
        String source) {

    /** Whether this answer is a respondent's own text rather than a closed item. */
    public boolean other() {
        return itemCode == null;
    }

    /** Whether it counts as "selected" (top box or ticked). */
    public boolean counted() {
        return Rating.COUNTED.contains(rating);
    }
}

package org.clusterworks.observatory.fielding;

/**
 * An observatory wave fielded as a round of the surveys module.
 *
 * @param status FIELDING while the round is open, IMPORTED once its answers are in the observatory, REFUSED when the
 *     import found problems and wrote nothing
 * @param report the last import's report, or null before the round closed
 */
public record SurveyWave(
        long id,
        String code,
        int year,
        String level,
        String title,
        long workspaceId,
        long roundId,
        String status,
        String report) {

    public static final String FIELDING = "FIELDING";
    public static final String IMPORTED = "IMPORTED";
    public static final String REFUSED = "REFUSED";
}

package org.clusterworks.observatory.core;

import java.math.BigDecimal;

/**
 * Filters of the programme search; null means "any". Objective, cluster type, measure and target group match an
 * answer of the programme or of its region (the regional survey asked them per region).
 *
 * @param activeIn a year in which the programme ran
 */
public record ProgrammeQuery(
        Level level,
        String country,
        Long regionId,
        String objective,
        String clusterType,
        String measure,
        String targetGroup,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        Integer activeIn,
        String text) {

    public static ProgrammeQuery all() {
        return new ProgrammeQuery(null, null, null, null, null, null, null, null, null, null, null);
    }
}

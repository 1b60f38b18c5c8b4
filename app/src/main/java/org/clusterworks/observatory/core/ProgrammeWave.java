package org.clusterworks.observatory.core;

import java.math.BigDecimal;
import java.time.Instant;

/** What a programme looked like in one wave: duration, budget, focus, free text, with provenance. */
public record ProgrammeWave(
        long programmeId,
        long waveId,
        String waveCode,
        int waveYear,
        String duration,
        Integer startYear,
        Integer endYear,
        String budgetText,
        BigDecimal budgetEur,
        String budgetBasis,
        String sectoralFocus,
        String otherText,
        String source,
        String updatedBy,
        Instant updatedAt) {}

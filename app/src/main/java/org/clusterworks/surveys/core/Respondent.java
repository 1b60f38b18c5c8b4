package org.clusterworks.surveys.core;

import java.time.OffsetDateTime;

/** A member of a round's panel (or an anonymous respondent), with the token of their personal link. */
public record Respondent(
        long id,
        long roundId,
        Long organisationId,
        Long personId,
        String token,
        boolean anonymous,
        String status,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt) {

    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String SUBMITTED = "SUBMITTED";

    public String key() {
        return SurveysReader.respondentKey(id);
    }

    public boolean submitted() {
        return SUBMITTED.equals(status);
    }
}

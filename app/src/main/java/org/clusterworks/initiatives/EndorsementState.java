package org.clusterworks.initiatives;

import java.time.OffsetDateTime;

/**
 * Where a submitted document stands with the governance body: {@code status} is SUBMITTED, ENDORSED or RETURNED;
 * the decision fields are null while it is pending.
 */
public record EndorsementState(
        int versionNo,
        String status,
        String bodyName,
        OffsetDateTime submittedAt,
        String decidedByName,
        OffsetDateTime decidedAt,
        String comments) {

    /** Whether the governance body has endorsed this version. */
    public boolean endorsed() {
        return "ENDORSED".equals(status);
    }
}

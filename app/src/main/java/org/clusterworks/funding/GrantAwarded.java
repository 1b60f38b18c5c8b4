package org.clusterworks.funding;

import java.math.BigDecimal;

/**
 * Published when the programme awards a grant, so that initiatives and monitoring can record a joint action.
 *
 * @param workspaceId the workspace
 * @param grantId the new grant
 * @param applicationId the awarded application
 * @param initiativeId the initiative the call supports, or null
 * @param leadOrganisationId the lead applicant (a stakeholders organisation)
 * @param amount the amount awarded in the call's currency
 */
public record GrantAwarded(
        long workspaceId,
        long grantId,
        long applicationId,
        Long initiativeId,
        long leadOrganisationId,
        BigDecimal amount) {}

package org.clusterworks.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when the programme awards a grant, so that planning can record a joint action of the initiative and
 * monitoring can follow it.
 *
 * @param workspaceId the workspace
 * @param grantId the new grant
 * @param applicationId the awarded application
 * @param initiativeId the initiative the call supports, or null
 * @param leadOrganisationId the lead applicant (a stakeholders organisation)
 * @param amount the amount awarded in the call's currency
 * @param title the project's title
 * @param callId the call
 * @param callTitle the call's English title
 * @param callKind the kind of call: INNOVATION_FUND, COLLABORATIVE_PROJECTS, STRUCTURAL_FUNDS or OTHER
 * @param currency the ISO 4217 code of the amounts
 * @param totalCost the consortium's total eligible cost (grant plus co-financing)
 * @param startsOn the grant period's first day, or null
 * @param endsOn the grant period's last day, or null
 * @param partners the accepted consortium partners with their eligible cost, lead first
 */
public record GrantAwarded(
        long workspaceId,
        long grantId,
        long applicationId,
        Long initiativeId,
        long leadOrganisationId,
        BigDecimal amount,
        String title,
        long callId,
        String callTitle,
        String callKind,
        String currency,
        BigDecimal totalCost,
        LocalDate startsOn,
        LocalDate endsOn,
        List<GrantPartner> partners) {

    public GrantAwarded {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** The event as first published (without project details), kept for existing callers. */
    public GrantAwarded(
            long workspaceId,
            long grantId,
            long applicationId,
            Long initiativeId,
            long leadOrganisationId,
            BigDecimal amount) {
        this(
                workspaceId,
                grantId,
                applicationId,
                initiativeId,
                leadOrganisationId,
                amount,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** The co-financing share of the total cost in percent (100 (total - grant) / total), or null without a total. */
    public BigDecimal cofinancingPct() {
        if (totalCost == null || totalCost.signum() == 0 || amount == null) {
            return null;
        }
        return totalCost
                .subtract(amount)
                .multiply(BigDecimal.valueOf(100))
                .divide(totalCost, 2, java.math.RoundingMode.HALF_UP);
    }
}

package org.clusterworks.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An awarded grant as other modules see it: the project, its call and its consortium with each partner's eligible
 * costs, so that the plan can record the joint action the grant pays for.
 *
 * @param grantId the grant
 * @param agreementRef the grant agreement's reference
 * @param title the application's title
 * @param callTitle the call's title (English)
 * @param programme the programme that runs the call
 * @param currency the call's currency
 * @param amount the amount awarded
 * @param startsOn the grant's start, or null
 * @param endsOn the grant's end, or null
 * @param partners the consortium, lead first
 */
public record GrantConsortium(
        long grantId,
        String agreementRef,
        String title,
        String callTitle,
        String programme,
        String currency,
        BigDecimal amount,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Partner> partners) {

    /** A consortium member with its eligible costs in the application's budget (zero when it declared none). */
    public record Partner(long organisationId, boolean lead, BigDecimal eligibleCosts) {}

    /** The consortium's eligible costs added up. */
    public BigDecimal totalCosts() {
        return partners.stream().map(Partner::eligibleCosts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

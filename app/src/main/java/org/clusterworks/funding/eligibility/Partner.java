package org.clusterworks.funding.eligibility;

import java.math.BigDecimal;
import org.clusterworks.stakeholders.Helix;

/**
 * One organisation of a proposed consortium, with what the eligibility rules need to know about it.
 *
 * @param organisationId the organisation's id in the directory
 * @param name its name, for the reasons given to the applicant
 * @param helix its helix role
 * @param sme whether it is a small or medium-sized enterprise
 * @param territoryCode the territory it lies in, or null
 * @param cost its eligible cost in the budget (zero when not filled in)
 * @param lead whether it is the lead applicant
 */
public record Partner(
        long organisationId,
        String name,
        Helix helix,
        boolean sme,
        String territoryCode,
        BigDecimal cost,
        boolean lead) {

    public Partner {
        cost = cost == null ? BigDecimal.ZERO : cost;
    }
}

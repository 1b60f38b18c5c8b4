package org.clusterworks.funding;

import java.math.BigDecimal;

/**
 * A partner of an awarded project as the {@link GrantAwarded} event carries it.
 *
 * @param organisationId the stakeholders organisation
 * @param name its name
 * @param lead whether it is the lead applicant
 * @param eligibleCost its eligible cost in the budget (its contribution to the project, in the call's currency)
 */
public record GrantPartner(long organisationId, String name, boolean lead, BigDecimal eligibleCost) {}

package org.clusterworks.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An action line of an initiative's action plan.
 *
 * @param id the action line's id
 * @param initiativeId its initiative
 * @param objectiveId the objective it serves, or null
 * @param code its short code in the plan ({@code A1.2})
 * @param title its title
 * @param status {@code PLANNED}, {@code ONGOING}, {@code DELAYED}, {@code DONE} or {@code CANCELLED}
 * @param startDate when it starts
 * @param endDate when it ends (never before the start)
 * @param budget its total budget, or null
 * @param currency the budget's ISO 4217 currency, or null
 * @param membersSharePct the share of the budget the cluster's members co-finance, in percent, or null
 * @param funderSharesPct each funder's share of the budget in percent, by funder name
 * @param ownerOrganisationId the organisation responsible for it (stakeholders), or null
 * @param ownerPersonId the person responsible for it (stakeholders), or null
 * @param partnerOrganisationIds its partner organisations
 * @param swotItemIds the SWOT items it answers directly (its objective's items come on top)
 */
public record PlannedActionLine(
        long id,
        long initiativeId,
        Long objectiveId,
        String code,
        String title,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        String currency,
        BigDecimal membersSharePct,
        java.util.Map<String, BigDecimal> funderSharesPct,
        Long ownerOrganisationId,
        Long ownerPersonId,
        List<Long> partnerOrganisationIds,
        List<Long> swotItemIds) {}

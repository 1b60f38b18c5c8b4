package org.clusterworks.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint action of cluster members (shared purchasing, export consortium, shared lab, training, R&amp;D project...).
 *
 * @param id the joint action's id
 * @param initiativeId its initiative
 * @param actionLineId the action line it implements, or null
 * @param title its title
 * @param kind {@code SHARED_PURCHASING}, {@code JOINT_MARKETING}, {@code EXPORT_CONSORTIUM}, {@code SHARED_EQUIPMENT},
 *     {@code TRAINING}, {@code RD_PROJECT}, {@code STUDY_TOUR} or {@code OTHER}
 * @param direction {@code HORIZONTAL} (firms at the same stage) or {@code VERTICAL} (buyers, suppliers, institutions)
 * @param status {@code PLANNED}, {@code ONGOING}, {@code COMPLETED} or {@code CANCELLED}
 * @param startDate when it starts, or null
 * @param endDate when it ends, or null
 * @param budget its total cost, or null
 * @param currency the budget's currency, or null
 * @param cofinancing the participants' contributions added up (co-financing mobilised from members)
 * @param continued whether the collaboration continued after support ended, or null while unknown
 * @param participants the participating organisations with their contributions
 */
public record JointActionSummary(
        long id,
        long initiativeId,
        Long actionLineId,
        String title,
        String kind,
        String direction,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        String currency,
        BigDecimal cofinancing,
        Boolean continued,
        List<Participant> participants) {

    /**
     * An organisation taking part in a joint action.
     *
     * @param organisationId the organisation (stakeholders)
     * @param contribution what it contributes, in the action's currency, or null
     */
    public record Participant(long organisationId, BigDecimal contribution) {}
}

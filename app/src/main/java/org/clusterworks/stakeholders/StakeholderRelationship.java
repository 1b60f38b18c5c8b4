package org.clusterworks.stakeholders;

import java.time.LocalDate;

/**
 * A typed, weighted, dated link between two organisations, as the diagnostic's network analysis reads it.
 *
 * @param fromId the organisation the link starts from
 * @param toId the organisation it points to
 * @param kind what links them ({@code SUPPLIER_OF}, {@code CUSTOMER_OF}, {@code RD_PARTNER}, {@code
 *     SHARES_EQUIPMENT}, {@code TRAINING_PROVIDER}, {@code FINANCES}, {@code JOINT_VENTURE}, {@code MEMBER_OF},
 *     {@code OTHER})
 * @param weight strength from 1 to 5
 * @param validFrom since when, or null
 * @param validUntil until when, or null
 * @param source where it is known from ({@code DECLARED}, {@code SURVEY}, {@code JOINT_ACTION})
 */
public record StakeholderRelationship(
        long fromId, long toId, String kind, int weight, LocalDate validFrom, LocalDate validUntil, String source) {}

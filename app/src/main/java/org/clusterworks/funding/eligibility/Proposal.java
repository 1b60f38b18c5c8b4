package org.clusterworks.funding.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A consortium and its budget as the applicant has filled them in so far.
 *
 * @param partners the organisations, the lead applicant among them
 * @param requested the grant requested, or null when not filled in
 */
public record Proposal(List<Partner> partners, BigDecimal requested) {

    public Proposal {
        partners = List.copyOf(partners);
    }

    /** The lead applicant, if one is marked. */
    public Optional<Partner> lead() {
        return partners.stream().filter(Partner::lead).findFirst();
    }

    /** The sum of the partners' eligible costs. */
    public BigDecimal totalCost() {
        return partners.stream().map(Partner::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

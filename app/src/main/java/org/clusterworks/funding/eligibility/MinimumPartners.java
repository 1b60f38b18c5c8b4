package org.clusterworks.funding.eligibility;

import java.util.Map;

/** A consortium of at least {@code min} distinct organisations, the lead applicant included. */
public record MinimumPartners(int min) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.MIN_PARTNERS;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("min", Integer.toString(min));
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        long n = p.partners().stream().map(Partner::organisationId).distinct().count();
        return n >= min ? Finding.pass(kind(), n, min) : Finding.fail(kind(), n, min);
    }
}

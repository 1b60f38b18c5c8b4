package org.clusterworks.funding.eligibility;

import java.util.Map;

/** At least {@code min} small or medium-sized enterprises among the partners. */
public record MinimumSmes(int min) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.MIN_SMES;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("min", Integer.toString(min));
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        long n = p.partners().stream().filter(Partner::sme).count();
        return n >= min ? Finding.pass(kind(), n, min) : Finding.fail(kind(), n, min);
    }
}

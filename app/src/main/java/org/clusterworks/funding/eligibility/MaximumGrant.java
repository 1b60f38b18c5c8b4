package org.clusterworks.funding.eligibility;

import java.math.BigDecimal;
import java.util.Map;

/** The grant requested is positive and at most {@code max}. */
public record MaximumGrant(BigDecimal max) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.MAX_GRANT;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("max", max.toPlainString());
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        BigDecimal r = p.requested();
        if (r == null || r.signum() <= 0) {
            return Finding.fail(kind(), BigDecimal.ZERO, max);
        }
        return r.compareTo(max) <= 0 ? Finding.pass(kind(), r, max) : Finding.fail(kind(), r, max);
    }
}

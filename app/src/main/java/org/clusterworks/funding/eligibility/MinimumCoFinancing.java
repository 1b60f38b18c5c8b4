package org.clusterworks.funding.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The applicants co-finance at least {@code minPct} percent of the eligible cost: (total cost - grant requested) /
 * total cost.
 */
public record MinimumCoFinancing(BigDecimal minPct) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.MIN_COFINANCING;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("minPct", minPct.toPlainString());
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        BigDecimal total = p.totalCost();
        if (total.signum() <= 0) {
            return Finding.noBudget(kind());
        }
        BigDecimal requested = p.requested() == null ? BigDecimal.ZERO : p.requested();
        BigDecimal own = total.subtract(requested);
        boolean ok = own.multiply(BigDecimal.valueOf(100)).compareTo(minPct.multiply(total)) >= 0;
        BigDecimal pct = own.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
        return ok ? Finding.pass(kind(), pct, minPct) : Finding.fail(kind(), pct, minPct);
    }
}

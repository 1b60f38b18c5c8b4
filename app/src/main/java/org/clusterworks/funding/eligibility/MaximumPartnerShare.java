package org.clusterworks.funding.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** No partner holds more than {@code maxPct} percent of the consortium's eligible cost. */
public record MaximumPartnerShare(BigDecimal maxPct) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.MAX_PARTNER_SHARE;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("maxPct", maxPct.toPlainString());
    }

    /** A partner's share of the total cost in percent, to one decimal. */
    static BigDecimal share(BigDecimal cost, BigDecimal total) {
        return cost.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        BigDecimal total = p.totalCost();
        if (total.signum() <= 0) {
            return Finding.noBudget(kind());
        }
        Partner largest = p.partners().stream()
                .max((a, b) -> a.cost().compareTo(b.cost()))
                .orElseThrow();
        // Compare exactly (cost / total > max / 100), then show the rounded share.
        boolean over = largest.cost().multiply(BigDecimal.valueOf(100)).compareTo(maxPct.multiply(total)) > 0;
        BigDecimal pct = share(largest.cost(), total);
        return over ? Finding.fail(kind(), largest.name(), pct, maxPct) : Finding.pass(kind(), pct, maxPct);
    }
}

package org.clusterworks.funding.eligibility;

import java.util.List;
import java.util.Map;

/** The lead applicant lies in one of the territories {@code codes}, or in a territory inside one of them. */
public record LeadInTerritory(List<String> codes) implements EligibilityRule {

    public LeadInTerritory {
        codes = List.copyOf(codes);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.LEAD_IN_TERRITORY;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("codes", String.join(",", codes));
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        String where = String.join(", ", codes);
        var lead = p.lead();
        if (lead.isEmpty()) {
            return Finding.fail(kind(), "-", "-", where);
        }
        String code = lead.get().territoryCode();
        boolean inside = code != null && codes.stream().anyMatch(region -> context.liesWithin(code, region));
        return inside
                ? Finding.pass(kind(), lead.get().name(), code, where)
                : Finding.fail(kind(), lead.get().name(), code == null ? "-" : code, where);
    }
}

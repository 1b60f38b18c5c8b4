package org.clusterworks.funding.eligibility;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clusterworks.shared.InvalidInput;

/** Builds rules from their stored kind and parameters, with a reason for every bad parameter, and checks them. */
public final class EligibilityRules {

    private EligibilityRules() {}

    /**
     * The rule of this kind with these parameters (name to text).
     *
     * @throws InvalidInput naming {@code kind} or the bad parameter
     */
    public static EligibilityRule of(RuleKind kind, Map<String, String> params) {
        var errors = new InvalidInput.Collector();
        if (kind == null) {
            errors.add("kind", "funding.rule.kind-unknown").throwIfAny();
        }
        EligibilityRule rule = switch (kind) {
            case MIN_PARTNERS -> new MinimumPartners(count(params, "min", errors));
            case MIN_HELIX_ROLES -> new MinimumHelixRoles(count(params, "min", errors));
            case MIN_SMES -> new MinimumSmes(count(params, "min", errors));
            case LEAD_IN_TERRITORY -> new LeadInTerritory(codes(params, errors));
            case INITIATIVE_MEMBERS ->
                new InitiativeMembers(count(params, "initiativeId", errors), Boolean.parseBoolean(params.get("all")));
            case MAX_PARTNER_SHARE -> new MaximumPartnerShare(percent(params, "maxPct", errors));
            case MAX_GRANT -> new MaximumGrant(amount(params, "max", errors));
            case MIN_COFINANCING -> new MinimumCoFinancing(percent(params, "minPct", errors));
        };
        errors.throwIfAny();
        return rule;
    }

    /** The finding of every rule, in the rules' order. */
    public static List<Finding> check(List<EligibilityRule> rules, Proposal proposal, EligibilityContext context) {
        return rules.stream().map(r -> r.check(proposal, context)).toList();
    }

    /** Whether every finding passed. */
    public static boolean eligible(List<Finding> findings) {
        return findings.stream().allMatch(Finding::passed);
    }

    private static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? "" : v.strip();
    }

    private static int count(Map<String, String> params, String name, InvalidInput.Collector errors) {
        try {
            int n = Integer.parseInt(text(params, name));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, "funding.rule.error.positive-integer");
        return 1;
    }

    private static BigDecimal amount(Map<String, String> params, String name, InvalidInput.Collector errors) {
        try {
            BigDecimal v = new BigDecimal(text(params, name).replace(",", ""));
            if (v.signum() > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, "funding.rule.error.positive-amount");
        return BigDecimal.ONE;
    }

    private static BigDecimal percent(Map<String, String> params, String name, InvalidInput.Collector errors) {
        try {
            BigDecimal v = new BigDecimal(text(params, name));
            if (v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, "funding.rule.error.percent");
        return BigDecimal.ZERO;
    }

    private static List<String> codes(Map<String, String> params, InvalidInput.Collector errors) {
        List<String> codes = Arrays.stream(text(params, "codes").split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        if (codes.isEmpty()) {
            errors.add("codes", "funding.rule.error.codes");
        }
        return codes;
    }
}

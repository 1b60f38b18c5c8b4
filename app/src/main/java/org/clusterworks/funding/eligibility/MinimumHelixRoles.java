package org.clusterworks.funding.eligibility;

import java.util.Map;
import java.util.Objects;

/** At least {@code min} different helix roles among the partners (a triple-helix partnership asks for three). */
public record MinimumHelixRoles(int min) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.MIN_HELIX_ROLES;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("min", Integer.toString(min));
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        long n = p.partners().stream()
                .map(Partner::helix)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        return n >= min ? Finding.pass(kind(), n, min) : Finding.fail(kind(), n, min);
    }
}

package org.clusterworks.funding.eligibility;

import java.util.List;

/**
 * The outcome of one rule for one proposal: whether it passed, and the reason as a message key with its arguments.
 *
 * @param kind the rule kind
 * @param passed whether the proposal meets the rule
 * @param messageKey message-bundle key of the reason
 * @param args arguments of the message
 */
public record Finding(RuleKind kind, boolean passed, String messageKey, List<Object> args) {

    static Finding pass(RuleKind kind, Object... args) {
        return new Finding(kind, true, "funding.rule." + kind.slug() + ".pass", List.of(args));
    }

    static Finding fail(RuleKind kind, Object... args) {
        return new Finding(kind, false, "funding.rule." + kind.slug() + ".fail", List.of(args));
    }

    static Finding noBudget(RuleKind kind) {
        return new Finding(kind, false, "funding.rule.no-budget", List.of());
    }
}

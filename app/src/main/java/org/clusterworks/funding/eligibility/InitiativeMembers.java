package org.clusterworks.funding.eligibility;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The lead applicant (or, with {@code all}, every partner) is an active member of the supported initiative. */
public record InitiativeMembers(long initiativeId, boolean all) implements EligibilityRule {

    @Override
    public RuleKind kind() {
        return RuleKind.INITIATIVE_MEMBERS;
    }

    @Override
    public Map<String, String> parameters() {
        var m = new LinkedHashMap<String, String>();
        m.put("initiativeId", Long.toString(initiativeId));
        m.put("all", Boolean.toString(all));
        return m;
    }

    @Override
    public Finding check(Proposal p, EligibilityContext context) {
        Collection<Long> members = context.activeMembers(initiativeId);
        var outsiders = p.partners().stream()
                .filter(x -> all || x.lead())
                .filter(x -> !members.contains(x.organisationId()))
                .map(Partner::name)
                .toList();
        if (p.lead().isEmpty()) {
            return Finding.fail(kind(), "-");
        }
        return outsiders.isEmpty()
                ? Finding.pass(kind(), all ? 1 : 0)
                : Finding.fail(kind(), String.join(", ", outsiders));
    }
}

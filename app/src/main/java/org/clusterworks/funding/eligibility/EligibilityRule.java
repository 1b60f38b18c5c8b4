package org.clusterworks.funding.eligibility;

import java.util.Map;

/** One eligibility rule of a call: a kind with its parameters, checked against a proposal with a reason. */
public sealed interface EligibilityRule
        permits MinimumPartners,
                MinimumHelixRoles,
                MinimumSmes,
                LeadInTerritory,
                InitiativeMembers,
                MaximumPartnerShare,
                MaximumGrant,
                MinimumCoFinancing {

    RuleKind kind();

    /** The parameters as stored (name to text), in {@link RuleKind#parameters()} order. */
    Map<String, String> parameters();

    /** Whether the proposal meets the rule, and why (or why not). */
    Finding check(Proposal proposal, EligibilityContext context);
}

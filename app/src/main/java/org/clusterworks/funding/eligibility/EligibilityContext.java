package org.clusterworks.funding.eligibility;

import java.util.Collection;

/** What the eligibility rules look up outside the proposal: the territory hierarchy and initiative memberships. */
public interface EligibilityContext {

    /** Whether territory {@code code} is {@code region} or lies inside it (a descendant, or a country's territory). */
    boolean liesWithin(String code, String region);

    /** Ids of the organisations with an active membership of the initiative today. */
    Collection<Long> activeMembers(long initiativeId);
}

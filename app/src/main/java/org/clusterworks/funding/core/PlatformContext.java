package org.clusterworks.funding.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.funding.eligibility.EligibilityContext;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;

/**
 * The eligibility context of one workspace: territory ancestry from the reference territories (a region contains its
 * descendants in any scheme that knows the code, and a country code contains every territory of the country), and
 * today's active members of an initiative.
 */
final class PlatformContext implements EligibilityContext {

    private final long workspaceId;
    private final Territories territories;
    private final Initiatives initiatives;

    PlatformContext(long workspaceId, Territories territories, Initiatives initiatives) {
        this.workspaceId = workspaceId;
        this.territories = territories;
        this.initiatives = initiatives;
    }

    @Override
    public boolean liesWithin(String code, String region) {
        if (code == null || region == null) {
            return false;
        }
        if (code.equalsIgnoreCase(region)) {
            return true;
        }
        for (String scheme : territories.schemes()) {
            Optional<Territory> t = territories.find(scheme, code);
            if (t.isEmpty()) {
                continue;
            }
            if (region.equalsIgnoreCase(t.get().countryCode())) {
                return true;
            }
            Set<String> seen = new HashSet<>();
            String parent = t.get().parentCode();
            while (parent != null && seen.add(parent)) {
                if (parent.equalsIgnoreCase(region)) {
                    return true;
                }
                parent = territories
                        .find(scheme, parent)
                        .map(Territory::parentCode)
                        .orElse(null);
            }
        }
        return false;
    }

    @Override
    public Collection<Long> activeMembers(long initiativeId) {
        return initiatives.activeMembers(workspaceId, initiativeId, LocalDate.now());
    }
}

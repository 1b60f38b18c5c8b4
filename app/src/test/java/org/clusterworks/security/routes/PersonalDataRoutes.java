package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may answer a person's data request: workspace administrators only. */
public final class PersonalDataRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/people/{personId}/personal-data.json", needs(Permission.ADMINISTER, 404)),
                Map.entry("POST /w/{workspace}/people/{personId}/erase", needs(Permission.ADMINISTER, 404)));
    }
}

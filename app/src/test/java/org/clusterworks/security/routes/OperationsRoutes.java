package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the operations module's workspace routes: the workspace archive is for workspace administrators. */
public final class OperationsRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/export", needs(Permission.ADMINISTER, 200)),
                Map.entry("GET /w/{workspace}/export.zip", needs(Permission.ADMINISTER, 200)));
    }
}

package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the identity module's workspace routes. */
public final class IdentityRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}", view()),
                Map.entry("GET /w/{workspace}/members", view()),
                Map.entry("POST /w/{workspace}/members/{userId}/role", needs(Permission.ADMINISTER, 302)),
                Map.entry("POST /w/{workspace}/invitations", needs(Permission.ADMINISTER, 302)),
                Map.entry("POST /w/{workspace}/invitations/{id}/revoke", needs(Permission.ADMINISTER, 404)),
                Map.entry("GET /w/{workspace}/audit", needs(Permission.ADMINISTER, 200)),
                Map.entry("GET /api/v1/workspaces/{workspace}", view()),
                Map.entry("GET /api/v1/workspaces/{workspace}/members", view()),
                Map.entry("GET /api/v1/workspaces/{workspace}/audit", needs(Permission.ADMINISTER, 200)));
    }
}

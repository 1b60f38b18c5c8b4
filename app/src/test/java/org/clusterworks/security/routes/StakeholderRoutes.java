package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the stakeholders module's workspace routes. */
public final class StakeholderRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/organisations", view()),
                Map.entry("GET /w/{workspace}/organisations/new", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("POST /w/{workspace}/organisations", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("GET /w/{workspace}/organisations/{id}", needs(Permission.VIEW, 404)),
                Map.entry("GET /w/{workspace}/organisations/{id}/edit", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST /w/{workspace}/organisations/{id}", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST /w/{workspace}/organisations/{id}/people", needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST /w/{workspace}/organisations/{id}/people/{personId}", needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST /w/{workspace}/organisations/{id}/people/{personId}/delete",
                        needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST /w/{workspace}/organisations/{id}/relationships", needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST /w/{workspace}/organisations/{id}/relationships/{relId}/delete",
                        needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET /w/{workspace}/organisations/duplicates", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("POST /w/{workspace}/organisations/merge", needs(Permission.MANAGE_INITIATIVES, 302)),
                Map.entry("GET /w/{workspace}/organisations/map", view()),
                Map.entry("GET /w/{workspace}/organisations/map.json", view()),
                Map.entry("GET /w/{workspace}/organisations/export.csv", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("GET /w/{workspace}/organisations/export.xlsx", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("GET /w/{workspace}/organisations/import", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("POST /w/{workspace}/organisations/import", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("GET /api/v1/workspaces/{workspace}/organisations", view()),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/organisations", needs(Permission.MANAGE_INITIATIVES, 400)),
                Map.entry("GET /api/v1/workspaces/{workspace}/organisations/{id}", needs(Permission.VIEW, 404)),
                Map.entry("PUT /api/v1/workspaces/{workspace}/organisations/{id}", needs(Permission.CONTRIBUTE, 404)));
    }
}

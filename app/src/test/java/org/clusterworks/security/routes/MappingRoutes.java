package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.passes;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the mapping module's workspace routes. */
public final class MappingRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/mapping", view()),
                Map.entry("GET /w/{workspace}/mapping/import", needs(Permission.ANALYSE, 200)),
                Map.entry("POST /w/{workspace}/mapping/import", passes(Permission.ANALYSE)),
                Map.entry("GET /w/{workspace}/mapping/import/{token}", passes(Permission.ANALYSE)),
                Map.entry("POST /w/{workspace}/mapping/import/{token}", passes(Permission.ANALYSE)),
                Map.entry("GET /w/{workspace}/mapping/jobs/{id}", passes(Permission.VIEW)),
                Map.entry("GET /w/{workspace}/mapping/jobs/{id}/status", passes(Permission.VIEW)),
                Map.entry("POST /w/{workspace}/mapping/definitions", passes(Permission.ANALYSE)),
                Map.entry("POST /w/{workspace}/mapping/star-rules", passes(Permission.ANALYSE)),
                Map.entry("GET /w/{workspace}/mapping/datasets/{id}", passes(Permission.VIEW)),
                Map.entry("GET /w/{workspace}/mapping/datasets/{id}/regions/{code}", passes(Permission.VIEW)),
                Map.entry("GET /w/{workspace}/mapping/datasets/{id}/clusters/{code}", passes(Permission.VIEW)),
                Map.entry("GET /w/{workspace}/mapping/datasets/{id}/compare", passes(Permission.VIEW)),
                Map.entry("GET /w/{workspace}/mapping/datasets/{id}/export", passes(Permission.VIEW)),
                Map.entry("POST /w/{workspace}/mapping/datasets/{id}/delete", passes(Permission.ANALYSE)),
                Map.entry("POST /w/{workspace}/mapping/selections", passes(Permission.ANALYSE)),
                Map.entry("GET /w/{workspace}/mapping/selections/{id}", passes(Permission.VIEW)),
                Map.entry("GET /w/{workspace}/mapping/selections/{id}/memo.pdf", passes(Permission.VIEW)),
                Map.entry("POST /w/{workspace}/mapping/selections/{id}/candidates", passes(Permission.ANALYSE)),
                Map.entry("POST /w/{workspace}/mapping/selections/{id}/weights", passes(Permission.ANALYSE)),
                Map.entry("POST /w/{workspace}/mapping/selections/{id}/ahp", passes(Permission.ANALYSE)),
                Map.entry(
                        "POST /w/{workspace}/mapping/selections/{id}/scores",
                        passes(Permission.CONTRIBUTE, Permission.ANALYSE)),
                Map.entry("POST /w/{workspace}/mapping/selections/{id}/decision", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /api/v1/workspaces/{workspace}/datasets", view()),
                Map.entry("POST /api/v1/workspaces/{workspace}/datasets", passes(Permission.ANALYSE)),
                Map.entry("GET /api/v1/workspaces/{workspace}/datasets/{id}", passes(Permission.VIEW)),
                Map.entry("DELETE /api/v1/workspaces/{workspace}/datasets/{id}", passes(Permission.ANALYSE)),
                Map.entry("GET /api/v1/workspaces/{workspace}/datasets/{id}/strength", passes(Permission.VIEW)),
                Map.entry("GET /api/v1/workspaces/{workspace}/datasets/{id}/subclusters", passes(Permission.VIEW)),
                Map.entry("GET /api/v1/workspaces/{workspace}/selections", view()),
                Map.entry("POST /api/v1/workspaces/{workspace}/selections", passes(Permission.ANALYSE)),
                Map.entry("GET /api/v1/workspaces/{workspace}/selections/{id}", passes(Permission.VIEW)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/selections/{id}/scores",
                        passes(Permission.CONTRIBUTE, Permission.ANALYSE)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/selections/{id}/decision",
                        passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /api/v1/workspaces/{workspace}/cluster-definitions", view()),
                Map.entry("GET /api/v1/workspaces/{workspace}/cluster-definitions/{code}", passes(Permission.VIEW)),
                Map.entry("PUT /api/v1/workspaces/{workspace}/cluster-definitions/{code}", passes(Permission.ANALYSE)));
    }
}

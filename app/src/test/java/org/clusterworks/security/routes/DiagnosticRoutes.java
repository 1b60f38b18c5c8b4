package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the diagnostic module's workspace routes (made-up initiative ids answer 404 past the check). */
public final class DiagnosticRoutes implements ModuleRoutes {

    private static final String D = "/w/{workspace}/initiatives/{id}/diagnostic";

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/diagnostic", view()),
                Map.entry("GET " + D, needs(Permission.VIEW, 404)),
                Map.entry("POST " + D + "/approve", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + D + "/report.pdf", needs(Permission.VIEW, 404)),
                Map.entry("POST " + D + "/endorsement", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + D + "/swot", needs(Permission.VIEW, 404)),
                Map.entry("POST " + D + "/swot", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + D + "/swot/{itemId}", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + D + "/swot/{itemId}/delete", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + D + "/swot/{itemId}/vote", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST " + D + "/swot/{itemId}/evidence", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST " + D + "/swot/{itemId}/evidence/{evidenceId}/delete",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + D + "/value-chain", needs(Permission.VIEW, 404)),
                Map.entry("POST " + D + "/value-chain/placements", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST " + D + "/value-chain/placements/{placementId}/delete",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + D + "/value-chain/gaps", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + D + "/value-chain/gaps/{gapId}/delete", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + D + "/network", needs(Permission.VIEW, 404)),
                Map.entry("GET " + D + "/network.json", needs(Permission.VIEW, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/network", needs(Permission.VIEW, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/swot", needs(Permission.VIEW, 404)));
    }
}

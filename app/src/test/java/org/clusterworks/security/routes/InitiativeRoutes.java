package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the initiatives module's workspace routes. */
public final class InitiativeRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/initiatives", view()),
                Map.entry("GET /w/{workspace}/initiatives/new", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("POST /w/{workspace}/initiatives", needs(Permission.MANAGE_INITIATIVES, 200)),
                Map.entry("GET /w/{workspace}/initiatives/{id}", needs(Permission.VIEW, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/edit", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST /w/{workspace}/initiatives/{id}", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/checklist/{itemId}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST /w/{workspace}/initiatives/{id}/stage", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/profile", needs(Permission.VIEW, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/members", needs(Permission.VIEW, 404)),
                Map.entry("POST /w/{workspace}/initiatives/{id}/members", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/members/{membershipId}/renew",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/members/{membershipId}/delete",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/governance", needs(Permission.VIEW, 404)),
                Map.entry("POST /w/{workspace}/initiatives/{id}/bodies", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/bodies/{bodyId}/seats",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/bodies/{bodyId}/seats/{seatId}/delete",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST /w/{workspace}/initiatives/{id}/meetings", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/meetings/{meetingId}", needs(Permission.VIEW, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/meetings/{meetingId}/minutes",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/meetings/{meetingId}/decisions",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/decisions/{decisionId}/follow-up",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/documents", needs(Permission.VIEW, 404)),
                Map.entry("POST /w/{workspace}/initiatives/{id}/documents", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/documents/{docId}/versions",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "GET /w/{workspace}/initiatives/{id}/documents/{docId}/versions/{version}",
                        needs(Permission.VIEW, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/documents/{docId}/submit",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/initiatives/{id}/endorsements/{endorsementId}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives", view()),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}", needs(Permission.VIEW, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/members", needs(Permission.VIEW, 404)),
                Map.entry(
                        "GET /api/v1/workspaces/{workspace}/initiatives/{id}/memberships", needs(Permission.VIEW, 404)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/initiatives/{id}/memberships",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "PUT /api/v1/workspaces/{workspace}/initiatives/{id}/memberships/{membershipId}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "DELETE /api/v1/workspaces/{workspace}/initiatives/{id}/memberships/{membershipId}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/bodies", needs(Permission.VIEW, 404)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/initiatives/{id}/bodies",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/initiatives/{id}/bodies/{bodyId}/seats",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "DELETE /api/v1/workspaces/{workspace}/initiatives/{id}/bodies/{bodyId}/seats/{seatId}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/meetings", needs(Permission.VIEW, 404)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/initiatives/{id}/meetings",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "PUT /api/v1/workspaces/{workspace}/initiatives/{id}/meetings/{meetingId}/minutes",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /api/v1/workspaces/{workspace}/initiatives/{id}/meetings/{meetingId}/decisions",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/decisions", needs(Permission.VIEW, 404)),
                Map.entry(
                        "PUT /api/v1/workspaces/{workspace}/initiatives/{id}/decisions/{decisionId}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/members.csv", needs(Permission.VIEW, 404)),
                Map.entry("GET /w/{workspace}/initiatives/{id}/members/map.json", needs(Permission.VIEW, 404)));
    }
}

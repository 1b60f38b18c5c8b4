package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the funding module's workspace routes. */
public final class FundingRoutes implements ModuleRoutes {

    private static final String W = "/w/{workspace}/funding";
    private static final String API = "/api/v1/workspaces/{workspace}";

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET " + W, view()),
                Map.entry("GET " + W + "/dashboard", needs(Permission.MANAGE_PROGRAMME, 200)),
                Map.entry("GET " + W + "/dashboard.xlsx", needs(Permission.MANAGE_PROGRAMME, 200)),
                Map.entry("GET " + W + "/calls/new", needs(Permission.MANAGE_PROGRAMME, 200)),
                Map.entry("POST " + W + "/calls", needs(Permission.MANAGE_PROGRAMME, 200)),
                Map.entry("GET " + W + "/calls/{id}", needs(Permission.VIEW, 404)),
                Map.entry("GET " + W + "/calls/{id}/edit", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/rules", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/rules/{ruleId}/delete", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/documents", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/criteria", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/reviewers", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry(
                        "POST " + W + "/calls/{id}/reviewers/{userId}/delete", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("GET " + W + "/calls/{id}/panel", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/applications", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + W + "/applications/{id}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/applications/{id}", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST " + W + "/applications/{id}/eligibility", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST " + W + "/applications/{id}/partners", needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST " + W + "/applications/{id}/partners/{orgId}/delete", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST " + W + "/applications/{id}/documents", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + W + "/applications/{id}/documents/{docId}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/applications/{id}/submit", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST " + W + "/applications/{id}/reopen", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + W + "/applications/{id}/versions/{version}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/applications/{id}/declaration", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/applications/{id}/scores", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/applications/{id}/consensus", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/applications/{id}/decision", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("GET " + W + "/applications/{id}/letter.pdf", needs(Permission.VIEW, 404)),
                Map.entry("GET " + W + "/grants/{id}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/grants/{id}/milestones", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry(
                        "POST " + W + "/grants/{id}/milestones/{milestoneId}/report",
                        needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST " + W + "/grants/{id}/milestones/{milestoneId}/accept",
                        needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/grants/{id}/payments", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/settings", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/calls/{id}/assignments", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + W + "/applications/{id}/reviewers", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry(
                        "POST " + W + "/applications/{id}/reviewers/{userId}/delete",
                        needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry(
                        "POST " + W + "/applications/{id}/partners/{orgId}/accept", needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST " + W + "/applications/{id}/partners/{orgId}/refuse", needs(Permission.CONTRIBUTE, 404)),
                Map.entry(
                        "POST " + W + "/applications/{id}/partners/{orgId}/withdraw",
                        needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + W + "/partner-invitations/{token}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + W + "/partner-invitations/{token}", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + API + "/calls", view()),
                Map.entry("GET " + API + "/calls/{id}", needs(Permission.VIEW, 404)),
                Map.entry("GET " + API + "/calls/{id}/applications", needs(Permission.MANAGE_PROGRAMME, 404)),
                Map.entry("POST " + API + "/calls/{id}/applications", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + API + "/applications/{id}/eligibility", needs(Permission.VIEW, 404)));
    }
}

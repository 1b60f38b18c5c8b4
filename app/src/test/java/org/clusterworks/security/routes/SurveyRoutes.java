package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.passes;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the surveys module's workspace routes. */
public final class SurveyRoutes implements ModuleRoutes {

    private static final String R = "/w/{workspace}/surveys/rounds/{id}";
    private static final String API = "/api/v1/workspaces/{workspace}";

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/surveys", view()),
                Map.entry("POST /w/{workspace}/surveys/questionnaires", needs(Permission.MANAGE_INITIATIVES, 302)),
                Map.entry("POST /w/{workspace}/surveys/questionnaires/xlsform", passes(Permission.MANAGE_INITIATIVES)),
                Map.entry("POST /w/{workspace}/surveys/library", needs(Permission.MANAGE_INITIATIVES, 302)),
                Map.entry("GET /w/{workspace}/surveys/questionnaires/{id}", needs(Permission.VIEW, 404)),
                Map.entry("GET /w/{workspace}/surveys/questionnaires/{id}/xlsform", needs(Permission.VIEW, 404)),
                Map.entry(
                        "POST /w/{workspace}/surveys/questionnaires/{id}/items",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/surveys/questionnaires/{id}/items/{position}/delete",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "GET /w/{workspace}/surveys/questionnaires/{id}/items/{position}/edit",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/surveys/questionnaires/{id}/items/{position}",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST /w/{workspace}/surveys/questionnaires/{id}/items/{position}/move",
                        needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST /w/{workspace}/surveys/rounds", needs(Permission.MANAGE_INITIATIVES, 302)),
                Map.entry("GET " + R, needs(Permission.VIEW, 404)),
                Map.entry("POST " + R + "/panel", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/open", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/close", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/public-link", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/floor", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/reminders", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + R + "/respondents/{respondentId}", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/respondents/{respondentId}", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + R + "/respondents/{respondentId}/xlsx", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + R + "/offline", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + R + "/analysis", needs(Permission.VIEW, 404)),
                Map.entry("GET " + R + "/analysis/pdf", needs(Permission.VIEW, 404)),
                Map.entry("GET " + R + "/export", passes(Permission.MANAGE_INITIATIVES, Permission.ANALYSE)),
                Map.entry("POST " + API + "/questionnaires/xlsform", passes(Permission.MANAGE_INITIATIVES)),
                Map.entry("GET " + API + "/questionnaires/{id}/xlsform", needs(Permission.VIEW, 404)),
                Map.entry(
                        "GET " + API + "/rounds/{id}/responses",
                        passes(Permission.MANAGE_INITIATIVES, Permission.ANALYSE)));
    }
}

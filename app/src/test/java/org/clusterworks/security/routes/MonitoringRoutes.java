package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the monitoring module's workspace routes. */
public final class MonitoringRoutes implements ModuleRoutes {

    private static final String W = "/w/{workspace}/monitoring";
    private static final String F = W + "/frameworks/{frameworkId}";
    private static final String I = W + "/indicators/{id}";
    private static final String X = W + "/initiatives/{initiativeId}/excellence";
    private static final String API = "/api/v1/workspaces/{workspace}";

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET " + W, view()),
                Map.entry("GET " + W + "/programme", view()),
                Map.entry("GET " + W + "/initiatives/{id}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + F + "/settings", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/results", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/results/{resultId}/delete", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/library", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + F + "/indicators/new", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/indicators", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + F + "/dashboard", needs(Permission.VIEW, 404)),
                Map.entry("GET " + F + "/dashboard.json", needs(Permission.VIEW, 404)),
                Map.entry("GET " + F + "/report.pdf", needs(Permission.VIEW, 404)),
                Map.entry("GET " + F + "/logframe.xlsx", needs(Permission.VIEW, 404)),
                Map.entry("POST " + F + "/import", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/compute", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/report/submit", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + F + "/iati.xml", needs(Permission.VIEW, 404)),
                Map.entry("GET " + F + "/did", needs(Permission.VIEW, 404)),
                Map.entry("POST " + F + "/did", needs(Permission.VIEW, 404)),
                Map.entry("GET " + F + "/did/mapping", needs(Permission.VIEW, 404)),
                Map.entry("GET " + X, needs(Permission.VIEW, 404)),
                Map.entry("POST " + X, needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + X + "/{assessmentId}", needs(Permission.VIEW, 404)),
                Map.entry("POST " + X + "/{assessmentId}", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + X + "/labels", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + X + "/labels/{labelId}/delete", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/evaluations", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + F + "/evaluations/{evaluationId}", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry(
                        "POST " + F + "/evaluations/{evaluationId}/delete", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + I, needs(Permission.VIEW, 404)),
                Map.entry("GET " + I + "/edit", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + I, needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + I + "/targets", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + I + "/values", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + I + "/values/{valueId}/review", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("POST " + I + "/compute", needs(Permission.MANAGE_INITIATIVES, 404)),
                Map.entry("GET " + API + "/initiatives/{id}/indicators", needs(Permission.VIEW, 404)),
                Map.entry("GET " + API + "/programme/indicators", view()),
                Map.entry("GET " + API + "/indicators/{id}/values", needs(Permission.VIEW, 404)),
                Map.entry("POST " + API + "/indicators/{id}/values", needs(Permission.MANAGE_INITIATIVES, 404)));
    }
}

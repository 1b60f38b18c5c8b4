package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.passes;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/** Who may use the learning module's workspace routes. */
public final class LearningRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/learning", passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/{course}", passes(Permission.LEARN)),
                Map.entry(
                        "GET /w/{workspace}/learning/{course}/modules/{module}/lessons/{stem}",
                        passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/{course}/modules/{module}/exercise", passes(Permission.LEARN)),
                Map.entry(
                        "POST /w/{workspace}/learning/{course}/modules/{module}/exercise/{exercise}",
                        passes(Permission.LEARN)),
                Map.entry("POST /w/{workspace}/learning/{course}/modules/{module}/quiz", passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/{course}/exam", passes(Permission.LEARN)),
                Map.entry("POST /w/{workspace}/learning/{course}/exam", passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/attempts/{id}", passes(Permission.LEARN)),
                Map.entry("POST /w/{workspace}/learning/attempts/{id}", passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/certificates/{code}.pdf", passes(Permission.VIEW)),
                Map.entry("POST /w/{workspace}/learning/certificates/{code}/revoke", passes(Permission.ADMINISTER)),
                Map.entry("GET /w/{workspace}/learning/{course}/cohort", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /w/{workspace}/learning/{course}/cohort.csv", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /w/{workspace}/learning/{course}/cohort.xlsx", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /w/{workspace}/learning/{course}/practice/lq", needs(Permission.LEARN, 200)),
                Map.entry("POST /w/{workspace}/learning/{course}/practice/lq", passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/{course}/practice/swot", needs(Permission.LEARN, 200)),
                Map.entry("POST /w/{workspace}/learning/{course}/practice/swot", passes(Permission.LEARN)),
                Map.entry("GET /w/{workspace}/learning/{course}/practice/action-line", needs(Permission.LEARN, 200)),
                Map.entry("POST /w/{workspace}/learning/{course}/practice/action-line", passes(Permission.LEARN)),
                Map.entry(
                        "POST /w/{workspace}/learning/{course}/practice/action-line/{draftId}/indicators",
                        passes(Permission.LEARN)));
    }
}

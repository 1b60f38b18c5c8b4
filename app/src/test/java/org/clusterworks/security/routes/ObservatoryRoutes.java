package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.passes;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/**
 * Who may use the observatory's workspace routes: only editing, by MANAGE_PROGRAMME. Editing exists only in the
 * designated editor workspace, so in any other workspace an allowed role gets 404 (hence "passes"). The
 * observatory's reading pages and API are public (listed in AuthorizationMatrixTest's PUBLIC). Survey waves (launch,
 * panel, import) follow the same rule as editing. Links from a workspace's initiatives to observatory programmes are
 * seen by members and managed with MANAGE_INITIATIVES.
 */
public final class ObservatoryRoutes implements ModuleRoutes {

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/observatory/programmes/{id}/edit", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("POST /w/{workspace}/observatory/programmes/{id}/edit", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /w/{workspace}/observatory/waves", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("POST /w/{workspace}/observatory/waves", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /w/{workspace}/observatory/waves/{waveId}", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("POST /w/{workspace}/observatory/waves/{waveId}/import", passes(Permission.MANAGE_PROGRAMME)),
                Map.entry("GET /w/{workspace}/observatory/links", RouteExpectation.view()),
                Map.entry("POST /w/{workspace}/observatory/links", passes(Permission.MANAGE_INITIATIVES)),
                Map.entry(
                        "POST /w/{workspace}/observatory/links/{linkId}/delete",
                        passes(Permission.MANAGE_INITIATIVES)));
    }
}

package org.clusterworks.security.routes;

import static org.clusterworks.security.RouteExpectation.needs;
import static org.clusterworks.security.RouteExpectation.passes;
import static org.clusterworks.security.RouteExpectation.view;

import java.util.Map;
import org.clusterworks.identity.Permission;
import org.clusterworks.security.ModuleRoutes;
import org.clusterworks.security.RouteExpectation;

/**
 * Who may use the planning module's workspace routes: everyone in the workspace reads the plans they may see;
 * MANAGE_INITIATIVES edits a plan, joint actions and events and records attendance; CONTRIBUTE comments, registers
 * people for events, publishes offers and requests and asks for meetings.
 */
public final class PlanningRoutes implements ModuleRoutes {

    private static final String I = "/w/{workspace}/initiatives/{id}";

    private static RouteExpectation manage() {
        return needs(Permission.MANAGE_INITIATIVES, 404);
    }

    private static RouteExpectation read() {
        return needs(Permission.VIEW, 404);
    }

    @Override
    public Map<String, RouteExpectation> expectations() {
        return Map.ofEntries(
                Map.entry("GET /w/{workspace}/planning", view()),
                Map.entry("GET " + I + "/plan", read()),
                Map.entry("POST " + I + "/plan/vision", manage()),
                Map.entry("POST " + I + "/plan/objectives", manage()),
                Map.entry("POST " + I + "/plan/objectives/{objectiveId}", manage()),
                Map.entry("POST " + I + "/plan/objectives/{objectiveId}/delete", manage()),
                Map.entry("POST " + I + "/plan/comments", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + I + "/plan/lines/new", manage()),
                Map.entry("POST " + I + "/plan/lines", manage()),
                Map.entry("GET " + I + "/plan/lines/{lineId}", read()),
                Map.entry("GET " + I + "/plan/lines/{lineId}/edit", manage()),
                Map.entry("POST " + I + "/plan/lines/{lineId}", manage()),
                Map.entry("POST " + I + "/plan/lines/{lineId}/delete", manage()),
                Map.entry("POST " + I + "/plan/lines/{lineId}/milestones", manage()),
                Map.entry("POST " + I + "/plan/lines/{lineId}/milestones/{milestoneId}", manage()),
                Map.entry("GET " + I + "/plan/golden-thread", read()),
                Map.entry("GET " + I + "/plan/timeline", read()),
                Map.entry("GET " + I + "/plan/versions", read()),
                Map.entry("POST " + I + "/plan/versions", manage()),
                Map.entry("POST " + I + "/plan/submit", manage()),
                Map.entry("GET " + I + "/plan/export.pdf", read()),
                Map.entry("GET " + I + "/plan/export.xlsx", read()),
                Map.entry("GET " + I + "/joint-actions", read()),
                Map.entry("POST " + I + "/joint-actions", manage()),
                Map.entry("GET " + I + "/joint-actions/{jointId}", read()),
                Map.entry("POST " + I + "/joint-actions/{jointId}", manage()),
                Map.entry("POST " + I + "/joint-actions/{jointId}/participants", manage()),
                Map.entry("POST " + I + "/joint-actions/{jointId}/participants/{organisationId}/delete", manage()),
                Map.entry("GET " + I + "/events", read()),
                Map.entry("POST " + I + "/events", manage()),
                Map.entry("GET " + I + "/events/{eventId}", read()),
                Map.entry("GET " + I + "/events/calendar.ics", read()),
                Map.entry("GET " + I + "/events/calendar", read()),
                Map.entry("POST " + I + "/events/{eventId}/public", manage()),
                Map.entry("POST " + I + "/events/{eventId}/public-registrations/{registrationId}/attendance", manage()),
                Map.entry("POST " + I + "/events/{eventId}/public-registrations/{registrationId}/cancel", manage()),
                Map.entry("GET " + I + "/events/{eventId}/registrations.csv", manage()),
                Map.entry("GET " + I + "/events/{eventId}/registrations.xlsx", manage()),
                Map.entry("POST " + I + "/events/{eventId}/registrations", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST " + I + "/events/{eventId}/registrations/{registrationId}/attendance", manage()),
                Map.entry(
                        "POST " + I + "/events/{eventId}/registrations/{registrationId}/cancel",
                        needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET " + I + "/events/{eventId}/attendance.csv", read()),
                Map.entry("POST " + I + "/events/{eventId}/feedback", manage()),
                Map.entry("GET " + I + "/events/{eventId}/event.ics", read()),
                Map.entry("GET /w/{workspace}/matchmaking", view()),
                Map.entry("POST /w/{workspace}/matchmaking/posts", passes(Permission.CONTRIBUTE)),
                Map.entry("POST /w/{workspace}/matchmaking/posts/{postId}/close", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("POST /w/{workspace}/matchmaking/meetings", passes(Permission.CONTRIBUTE)),
                Map.entry("POST /w/{workspace}/matchmaking/meetings/{meetingId}", needs(Permission.CONTRIBUTE, 404)),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/action-plan", read()),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/golden-thread", read()),
                Map.entry("GET /api/v1/workspaces/{workspace}/initiatives/{id}/joint-actions", read()),
                Map.entry("GET /api/v1/workspaces/{workspace}/organisations/{id}/match-suggestions", read()),
                Map.entry("GET /api/v1/workspaces/{workspace}/value-chain-gaps", view()));
    }
}

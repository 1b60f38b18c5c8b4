package org.clusterworks.monitoring.core;

import java.util.Set;
import org.clusterworks.funding.GrantAwarded;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.surveys.RoundClosed;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps stored computed values in step with their sources: a closed survey round or an awarded grant recomputes the
 * frameworks of its initiative and the programme (an approved diagnostic does too, in {@link DiagnosticBaseline});
 * changes of memberships, joint actions and events, which happen many times a day, only mark the workspace's
 * frameworks as stale, so their pages say so and offer "Recompute now".
 */
@Component
class SourceEvents {

    /** Audit entity types (stable names published by initiatives and planning) that change platform counts. */
    static final Set<String> PLATFORM_SOURCES =
            Set.of("initiative-membership", "planning-joint-action", "planning-event", "planning-registration");

    private final MonitoringRepository repo;
    private final Computations computations;

    SourceEvents(MonitoringRepository repo, Computations computations) {
        this.repo = repo;
        this.computations = computations;
    }

    @EventListener
    void on(RoundClosed e) {
        computations.recomputeInitiative(e.workspaceId(), e.initiativeId(), "survey");
    }

    @EventListener
    void on(GrantAwarded e) {
        if (e.initiativeId() != null) {
            computations.recomputeInitiative(e.workspaceId(), e.initiativeId(), "funding");
        } else {
            repo.frameworkOf(e.workspaceId(), null).ifPresent(f -> computations.recomputeAll(f, "funding"));
        }
    }

    @EventListener
    @Order(100)
    void on(AuditEvent e) {
        if (e.workspaceId() != null && PLATFORM_SOURCES.contains(e.entityType())) {
            repo.markStale(e.workspaceId(), e.entityType() + " " + e.entityId());
        }
    }
}

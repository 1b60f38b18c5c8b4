package org.clusterworks.monitoring.core;

import org.clusterworks.surveys.RoundClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Recomputes the frameworks that read a survey round when the round is closed (its initiative's and the programme's). */
@Component
class SourceEvents {

    private final MonitoringRepository repo;
    private final Computations computations;

    SourceEvents(MonitoringRepository repo, Computations computations) {
        this.repo = repo;
        this.computations = computations;
    }

    @EventListener
    void on(RoundClosed e) {
        repo.frameworkOf(e.workspaceId(), e.initiativeId()).ifPresent(f -> computations.recomputeAll(f, "survey"));
        repo.frameworkOf(e.workspaceId(), null).ifPresent(f -> computations.recomputeAll(f, "survey"));
    }
}

package org.clusterworks.monitoring.core;

import org.clusterworks.diagnostic.DiagnosticApproved;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an initiative's diagnostic is approved, the indicators of its framework marked "baseline from the diagnostic"
 * and computed by the platform take as baseline their value on the day of approval (a platform count taken that day,
 * or the computed value of the period that contains it, such as a survey round's), dated that day, with the
 * diagnostic named as the source. Entered indicators and those without a value that day keep their baseline.
 */
@Component
class DiagnosticBaseline {

    private final MonitoringRepository repo;
    private final Computations computations;
    private final ApplicationEventPublisher events;

    DiagnosticBaseline(MonitoringRepository repo, Computations computations, ApplicationEventPublisher events) {
        this.repo = repo;
        this.computations = computations;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(DiagnosticApproved e) {
        var framework = repo.frameworkOf(e.workspaceId(), e.initiativeId());
        if (framework.isEmpty()) {
            return;
        }
        var day = e.approvedAt().toLocalDate();
        for (Indicator i : repo.diagnosticIndicators(e.workspaceId(), e.initiativeId())) {
            if (!i.sourceKind().computed()) {
                continue; // an entered value of the same period is not a baseline
            }
            Double v = computations.valueOn(framework.get(), i, day);
            if (v != null) {
                repo.setBaseline(
                        i.id(), v, day, "Diagnostic approved on " + day + " (baseline " + e.diagnosticId() + ")");
                events.publishEvent(new AuditEvent(
                        e.workspaceId(),
                        AuditEvent.Action.CHANGED,
                        "monitoring-baseline",
                        Long.toString(i.id()),
                        i.code() + " baseline " + v + " from diagnostic " + e.diagnosticId()));
            }
        }
    }
}

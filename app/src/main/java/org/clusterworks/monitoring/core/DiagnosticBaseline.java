package org.clusterworks.monitoring.core;

import java.util.List;
import java.util.Map;
import org.clusterworks.diagnostic.DiagnosticApproved;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an initiative's diagnostic is approved, its framework is recomputed and the indicators that draw their
 * baseline from the diagnostic take it, dated the day of approval, with the diagnostic named as the source:
 *
 * <ul>
 *   <li>an indicator linked to a figure of the approved diagnostic ({@code network.density}, {@code swot.items}...;
 *       entered or computed) takes that figure from the {@link Diagnostics} API;
 *   <li>a computed indicator marked "baseline from the diagnostic" takes its value on the day of approval (a platform
 *       count taken that day, or the computed value of the period that contains it, such as a survey round's).
 * </ul>
 *
 * Entered indicators without a linked figure, and indicators without a value that day, keep their baseline.
 */
@Component
class DiagnosticBaseline {

    /** The figures an approved diagnostic freezes (see the diagnostic module's report), offered in the form. */
    static final List<String> FIGURES = List.of(
            "network.organisations",
            "network.ties",
            "network.density",
            "network.average_degree",
            "network.cross_helix_share",
            "network.components",
            "network.communities",
            "network.brokers",
            "swot.items",
            "swot.high_priority",
            "swot.votes",
            "valuechain.placements",
            "valuechain.gaps",
            "valuechain.empty_stages",
            "survey.rounds",
            "survey.respondents");

    private final MonitoringRepository repo;
    private final Computations computations;
    private final Diagnostics diagnostics;
    private final ApplicationEventPublisher events;

    DiagnosticBaseline(
            MonitoringRepository repo,
            Computations computations,
            Diagnostics diagnostics,
            ApplicationEventPublisher events) {
        this.repo = repo;
        this.computations = computations;
        this.diagnostics = diagnostics;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(DiagnosticApproved e) {
        var framework = repo.frameworkOf(e.workspaceId(), e.initiativeId());
        if (framework.isEmpty()) {
            return;
        }
        computations.recomputeInitiative(e.workspaceId(), e.initiativeId(), "diagnostic");
        var day = e.approvedAt().toLocalDate();
        Map<String, Double> figures = diagnostics
                .baseline(e.workspaceId(), e.initiativeId())
                .map(org.clusterworks.diagnostic.DiagnosticBaseline::figures)
                .orElse(Map.of());
        for (Indicator i : repo.diagnosticIndicators(e.workspaceId(), e.initiativeId())) {
            Double v;
            String source;
            if (i.diagnosticFigure() != null) {
                v = figures.get(i.diagnosticFigure());
                source = "Diagnostic approved on " + day + ": " + i.diagnosticFigure() + " (baseline "
                        + e.diagnosticId() + ")";
            } else if (i.sourceKind().computed()) {
                v = computations.valueOn(framework.get(), i, day);
                source = "Diagnostic approved on " + day + " (baseline " + e.diagnosticId() + ")";
            } else {
                continue; // an entered value of the same period is not a baseline
            }
            if (v != null) {
                repo.setBaseline(i.id(), v, day, source);
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

package org.clusterworks.monitoring.core;

import java.util.Set;
import org.clusterworks.planning.IndicatorCoverage;
import org.springframework.stereotype.Component;

/**
 * Tells the action plan which objectives and action lines an indicator measures: those named by a result of the
 * initiative's results chain that has at least one indicator.
 */
@Component
class PlanCoverage implements IndicatorCoverage {

    private final MonitoringRepository repo;

    PlanCoverage(MonitoringRepository repo) {
        this.repo = repo;
    }

    @Override
    public Set<Long> measuredActionLines(long workspaceId, long initiativeId) {
        return repo.measuredPlanItems(workspaceId, initiativeId, false);
    }

    @Override
    public Set<Long> measuredObjectives(long workspaceId, long initiativeId) {
        return repo.measuredPlanItems(workspaceId, initiativeId, true);
    }
}

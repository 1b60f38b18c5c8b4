package org.clusterworks.diagnostic.report;

import java.util.List;
import java.util.Optional;
import org.clusterworks.diagnostic.DiagnosticBaseline;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.diagnostic.SwotItem;
import org.clusterworks.diagnostic.swot.SwotBoard;
import org.clusterworks.diagnostic.swot.SwotRepository;
import org.springframework.stereotype.Component;

/** The diagnostic module's answer to other modules. */
@Component
class DiagnosticsApi implements Diagnostics {

    private final SwotRepository repo;
    private final BaselineRepository baselines;

    DiagnosticsApi(SwotRepository repo, BaselineRepository baselines) {
        this.repo = repo;
        this.baselines = baselines;
    }

    @Override
    public Optional<DiagnosticBaseline> baseline(long workspaceId, long initiativeId) {
        return baselines
                .latest(workspaceId, initiativeId)
                .map(b -> new DiagnosticBaseline(b.id(), b.initiativeId(), b.approvedAt(), baselines.figures(b.id())));
    }

    @Override
    public List<SwotItem> swot(long workspaceId, long initiativeId) {
        return SwotBoard.items(repo.items(workspaceId, initiativeId));
    }
}

package org.clusterworks.diagnostic.swot;

import java.util.List;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.diagnostic.SwotItem;
import org.springframework.stereotype.Component;

/** The diagnostic module's answer to other modules. */
@Component
class DiagnosticsApi implements Diagnostics {

    private final SwotRepository repo;

    DiagnosticsApi(SwotRepository repo) {
        this.repo = repo;
    }

    @Override
    public List<SwotItem> swot(long workspaceId, long initiativeId) {
        return SwotBoard.items(repo.items(workspaceId, initiativeId));
    }
}

package org.clusterworks.mapping.analysis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Computes a freshly stored dataset version's panel, latest cross-section, relatedness ranking and trends in the
 * background (one low-priority thread), so the first profile page opened after an import does not pay for them.
 * Call it after the import's transaction has committed.
 */
@Component
public class CacheWarmer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmer.class);

    private final MappingAnalysis analysis;
    private final DatasetStore store;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mapping-cache-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    CacheWarmer(MappingAnalysis analysis, DatasetStore store) {
        this.analysis = analysis;
        this.store = store;
    }

    /** Queues the warm-up of the dataset's current version. */
    public void warm(long workspaceId, long datasetId) {
        executor.submit(() -> {
            try {
                store.find(workspaceId, datasetId).ifPresent(d -> {
                    analysis.latestYear(d).ifPresent(y -> {
                        analysis.analyse(workspaceId, d, y, MappingAnalysis.US);
                        analysis.related(workspaceId, d, y, "", 1);
                    });
                    if (d.years().size() > 1) {
                        analysis.trend(workspaceId, d);
                    }
                });
            } catch (RuntimeException e) {
                // deleted meanwhile, or not analysable: the page will say so when opened
                LOG.debug("warm-up of dataset {} skipped: {}", datasetId, e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}

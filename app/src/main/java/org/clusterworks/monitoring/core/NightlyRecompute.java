package org.clusterworks.monitoring.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every framework's computed indicators once a night ({@code clusterworks.monitoring.recompute-cron},
 * default 02:15 server time; {@code -} switches it off): platform counts such as active members change with the
 * calendar, without any event to recompute them.
 */
@Component
class NightlyRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecompute.class);

    private final MonitoringRepository repo;
    private final Computations computations;

    NightlyRecompute(MonitoringRepository repo, Computations computations) {
        this.repo = repo;
        this.computations = computations;
    }

    /** Recomputes each framework in its own transaction; one that fails is logged and the others still run. */
    @Scheduled(cron = "${clusterworks.monitoring.recompute-cron:0 15 2 * * *}")
    int run() {
        int done = 0;
        for (var f : repo.allFrameworks()) {
            try {
                computations.recomputeAll(f, "nightly");
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Nightly recompute of framework {} failed", f.id(), e);
            }
        }
        LOG.info("Nightly recompute: {} frameworks", done);
        return done;
    }
}

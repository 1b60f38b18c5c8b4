package org.clusterworks.observatory.fielding;

import org.clusterworks.surveys.RoundClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Imports a closed survey round as its observatory wave once the closing is committed; a round that feeds no wave is
 * ignored. A failed import never undoes the closing: the wave shows the problems and can be imported again.
 */
@Component
class RoundEvents {

    private static final Logger log = LoggerFactory.getLogger(RoundEvents.class);

    private final SurveyWaves waves;

    RoundEvents(SurveyWaves waves) {
        this.waves = waves;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoundClosed e) {
        try {
            waves.importRound(e.workspaceId(), e.roundId(), false)
                    .ifPresent(
                            w -> log.info("Observatory wave {} from round {}: {}", w.code(), e.roundId(), w.status()));
        } catch (RuntimeException ex) {
            log.error("Observatory import of survey round {} failed", e.roundId(), ex);
        }
    }
}

package org.clusterworks.reference.loading;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the reference data up to date when the application starts (off with clusterworks.reference.load=false). */
@Component
@Order(0)
@ConditionalOnProperty(name = "clusterworks.reference.load", havingValue = "true", matchIfMissing = true)
final class ReferenceDataStartup implements ApplicationRunner {

    private final ReferenceDataLoader loader;

    ReferenceDataStartup(ReferenceDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadAll();
    }
}

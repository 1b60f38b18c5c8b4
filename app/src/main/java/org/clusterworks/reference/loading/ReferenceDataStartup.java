package org.clusterworks.reference.loading;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Brings the reference data up to date at start-up, after the migrations and before the web server takes requests,
 * so no page ever sees half-loaded reference data (off with {@code clusterworks.reference.load=false}).
 */
@Component
@ConditionalOnProperty(name = "clusterworks.reference.load", havingValue = "true", matchIfMissing = true)
final class ReferenceDataStartup implements SmartInitializingSingleton {

    private final ReferenceDataLoader loader;

    ReferenceDataStartup(ReferenceDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loader.loadAll();
    }
}

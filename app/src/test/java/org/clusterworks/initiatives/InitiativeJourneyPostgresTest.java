package org.clusterworks.initiatives;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The initiative journeys on PostgreSQL. */
class InitiativeJourneyPostgresTest extends InitiativeJourneyTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.register(registry);
    }
}

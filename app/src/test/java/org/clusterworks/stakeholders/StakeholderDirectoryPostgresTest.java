package org.clusterworks.stakeholders;

import org.clusterworks.initiatives.OnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The directory tests on PostgreSQL. */
class StakeholderDirectoryPostgresTest extends StakeholderDirectoryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.register(registry);
    }
}

package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The initiative journeys on PostgreSQL. */
class InitiativeJourneyPostgresTest extends InitiativeJourneyTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.register(registry);
    }

    @Test
    void runsOnPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 18");
    }
}

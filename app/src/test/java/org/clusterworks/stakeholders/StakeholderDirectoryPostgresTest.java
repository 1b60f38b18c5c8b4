package org.clusterworks.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.initiatives.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The directory tests on PostgreSQL. */
class StakeholderDirectoryPostgresTest extends StakeholderDirectoryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.register(registry);
    }

    @Test
    void runsOnPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 18");
    }
}

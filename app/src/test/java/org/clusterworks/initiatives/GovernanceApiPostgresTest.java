package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The memberships and governance write API on PostgreSQL. */
class GovernanceApiPostgresTest extends GovernanceApiTest {

    @Autowired
    JdbcClient postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.register(registry);
    }

    @Test
    void runsOnPostgresql() {
        assertThat(postgres.sql("select version()").query(String.class).single())
                .startsWith("PostgreSQL 18");
    }
}

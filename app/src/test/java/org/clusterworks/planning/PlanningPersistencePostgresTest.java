package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.PostgresTest;
import org.junit.jupiter.api.Test;

/** The planning repositories on PostgreSQL 18 (embedded). */
@PostgresTest
class PlanningPersistencePostgresTest extends PlanningPersistenceContract {

    @Test
    void runsOnPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 18");
    }
}

package org.clusterworks.monitoring.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly job recomputes every framework of every workspace, so no dashboard stays marked stale overnight. */
@WebTest
class NightlyRecomputeTest {

    @Autowired
    NightlyRecompute nightly;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFrameworkIsRecomputedAndNoneStaysStale() {
        int frameworks = jdbc.sql("select count(*) from mon_framework")
                .query(Integer.class)
                .single();
        assertThat(frameworks).isGreaterThanOrEqualTo(2);
        jdbc.sql("update mon_framework set computed_at = null, stale_since = current_timestamp,"
                        + " stale_reason = 'test'")
                .update();

        assertThat(nightly.run()).isEqualTo(frameworks);

        assertThat(jdbc.sql("select count(*) from mon_framework where computed_at is null or stale_since is not null")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}

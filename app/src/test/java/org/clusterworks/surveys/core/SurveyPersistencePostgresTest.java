package org.clusterworks.surveys.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.PostgresTest;
import org.junit.jupiter.api.Test;

/** The survey persistence contract on PostgreSQL (the demo surveys are seeded there too). */
@PostgresTest
class SurveyPersistencePostgresTest extends SurveyPersistenceContract {

    @Test
    void runsOnPostgresqlWithTheDemoSurveysSeeded() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from surveys_respondent where status = 'SUBMITTED'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(25);
    }
}

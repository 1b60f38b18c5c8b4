package org.clusterworks.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.clusterworks.support.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The learning schema and queries work on PostgreSQL too: course loading, an exam passed, certificate verified. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoUsers.class)
class LearningPostgresTest {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void examPassedAndCertificateVerifiedOnPostgres() throws Exception {
        var flows = new LearningFlowsTest();
        flows.mvc = mvc;
        flows.users = users;
        flows.jdbc = jdbc;
        assertThat(jdbc.sql("select count(*) from learning_question where course_id = 'test-course'")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        mvc.perform(get(LearningFlowsTest.COURSE + "/modules/1/lessons/02-location-quotient")
                        .with(users.as("learner")))
                .andExpect(status().isOk());
        long attempt = flows.start("learner", LearningFlowsTest.COURSE + "/exam");
        String code = (String)
                mvc.perform(flows.answer(attempt, LearningFlowsTest.CORRECT).with(users.as("learner")))
                        .andReturn()
                        .getFlashMap()
                        .get("certificate");
        mvc.perform(get("/api/v1/learning/certificates/" + code))
                .andExpect(jsonPath("$.status").value("valid"));
        mvc.perform(get(LearningFlowsTest.COURSE + "/cohort.csv").with(users.as("officer")))
                .andExpect(status().isOk());
        mvc.perform(get(LearningFlowsTest.COURSE).with(users.as("learner"))).andExpect(status().isOk());
    }
}

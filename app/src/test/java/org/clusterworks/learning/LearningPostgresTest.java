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

    @Autowired
    org.clusterworks.initiatives.Initiatives initiatives;

    @Autowired
    org.clusterworks.diagnostic.Diagnostics diagnostics;

    @Autowired
    org.clusterworks.monitoring.IndicatorTemplates templates;

    @Test
    void aDraftActionLineAndItsIndicatorsAreKeptOnPostgres() throws Exception {
        long demo = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        var weakness = initiatives.all(demo).stream()
                .flatMap(i -> diagnostics.swot(demo, i.id()).stream())
                .filter(s -> s.kind() == org.clusterworks.diagnostic.SwotKind.WEAKNESS)
                .findFirst()
                .orElseThrow();
        String base = "/w/demo/learning/cluster-development/practice/action-line";
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base)
                                .with(users.as("learner"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("initiativeId", Long.toString(weakness.initiativeId()))
                                .param("weaknessId", Long.toString(weakness.id()))
                                .param("objectiveText", "Cut losses")
                                .param("title", "Cold store")
                                .param("owner", "Manager")
                                .param("start", "2027-01-01")
                                .param("end", "2027-06-30")
                                .param("budget", "1000.50")
                                .param("membersShare", "25.5"))
                .andExpect(status().isOk());
        var draft = jdbc.sql("select id, budget, members_share_pct, end_date from learning_practice_draft"
                        + " order by id desc")
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getObject(4, java.time.LocalDate.class)
                })
                .list()
                .getFirst();
        assertThat(((java.math.BigDecimal) draft[1])).isEqualByComparingTo("1000.50");
        assertThat(((java.math.BigDecimal) draft[2])).isEqualByComparingTo("25.5");
        assertThat(draft[3]).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
        var outcome = templates.library().stream()
                .filter(t -> t.level().equals("OUTCOME"))
                .findFirst()
                .orElseThrow();
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        base + "/" + draft[0] + "/indicators")
                                .with(users.as("learner"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("indicator0", outcome.key())
                                .param("unit0", outcome.unit())
                                .param("source0", outcome.source())
                                .param("frequency0", outcome.frequency())
                                .param("direction0", outcome.direction()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select indicator_key from learning_practice_indicator where draft_id = :d")
                        .param("d", draft[0])
                        .query(String.class)
                        .list())
                .containsExactly(outcome.key());
    }
}

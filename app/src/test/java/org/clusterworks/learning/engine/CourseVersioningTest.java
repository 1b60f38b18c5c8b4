package org.clusterworks.learning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.CourseLoader;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading is idempotent; an edited question gets a new version and attempts keep the version they showed. */
@WebTest
class CourseVersioningTest {

    @Autowired
    CourseCatalog catalog;

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    static Course testCourse(UnaryOperator<String> questionsEdit) {
        return new CourseLoader().load("test-course", path -> {
            var resource = new ClassPathResource("learning/test-course/" + path);
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (var in = resource.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Optional.of(path.endsWith("questions.yaml") ? questionsEdit.apply(text) : text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<Integer> versions(String key) {
        return jdbc.sql("""
                        select version_no from learning_question where course_id = 'test-course' and question_key = :key
                        order by version_no""").param("key", key).query(Integer.class).list();
    }

    long rows() {
        return jdbc.sql("select count(*) from learning_question")
                .query(Long.class)
                .single();
    }

    @Test
    void reloadingUnchangedContentWritesNothingAndEditsCreateVersionsThatAttemptsPin() {
        long before = rows();
        catalog.sync(testCourse(UnaryOperator.identity()));
        new CourseCatalog(jdbc, tx); // as on a restart
        assertThat(rows()).isEqualTo(before);
        assertThat(versions("tc-q03")).containsExactly(1);

        Course original = catalog.find("test-course").orElseThrow();
        long user = jdbc.sql("select id from app_user where username = 'analyst'")
                .query(Long.class)
                .single();
        long workspace = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        long attempt = assessments.startQuiz(
                workspace, user, original, original.module(1).orElseThrow());

        Course edited = testCourse(q -> q.replace(
                "A cluster programme usually creates a cluster", "A cluster programme normally creates a cluster"));
        catalog.sync(edited);
        assertThat(versions("tc-q03")).containsExactly(1, 2);
        assertThat(versions("tc-q01")).containsExactly(1);
        assertThat(jdbc.sql("""
                                select retired from learning_question
                                where course_id = 'test-course' and question_key = 'tc-q03' order by version_no""").query(Boolean.class).list()).containsExactly(true, false);

        // the attempt started before the edit still shows (and grades) version 1
        var pinned = assessments.items(attempt).stream()
                .filter(i -> i.stored().question().key().equals("tc-q03"))
                .findFirst()
                .orElseThrow();
        assertThat(pinned.stored().version()).isEqualTo(1);
        assertThat(pinned.stored().question().text().en()).contains("usually creates");
        var submission = assessments.submit(
                assessments.find(attempt, workspace, user).orElseThrow(),
                Map.of(pinned.position(), List.of("false")),
                Instant.now(),
                new AuthenticatedUser(user, "analyst", "Analyst", false),
                original);
        assertThat(submission.attempt().score()).isEqualTo(1.0);

        // a new quiz draws the new version
        long next = assessments.startQuiz(
                workspace, user, original, original.module(1).orElseThrow());
        assertThat(assessments.items(next).stream()
                        .filter(i -> i.stored().question().key().equals("tc-q03"))
                        .map(i -> i.stored().version()))
                .containsExactly(2);

        catalog.sync(original);
        assertThat(versions("tc-q03")).containsExactly(1, 2, 3);
    }
}

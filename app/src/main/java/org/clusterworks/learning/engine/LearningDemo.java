package org.clusterworks.learning.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.DemoData;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Grader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode: gives the demo workspace's learners some progress in the cluster development course (lessons read,
 * quizzes passed and failed, an exercise solved, one exam passed with its certificate) so that the progress and
 * cohort pages show something. Runs once, on a demo data folder with no learning activity yet.
 */
@Component
@Order(20)
class LearningDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LearningDemo.class);
    private static final String COURSE = "cluster-development";

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final Assessments assessments;
    private final Progress progress;

    LearningDemo(DemoData demo, JdbcClient jdbc, CourseCatalog catalog, Assessments assessments, Progress progress) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.assessments = assessments;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) {
        Course course = catalog.find(COURSE).orElse(null);
        Long workspace = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (!demo.active() || course == null || workspace == null) {
            return;
        }
        long activity = jdbc.sql("select count(*) from learning_attempt where workspace_id = :ws")
                .param("ws", workspace)
                .query(Long.class)
                .single();
        if (activity > 0) {
            return;
        }
        AuthenticatedUser learner = user("learner");
        AuthenticatedUser member = user("member");
        AuthenticatedUser analyst = user("analyst");
        if (learner == null || member == null || analyst == null) {
            return;
        }
        for (Course.Module m : course.modules()) {
            if (m.number() <= 3) {
                m.lessons().forEach(l -> progress.markRead(workspace, learner.id(), COURSE, m.number(), l.stem()));
            }
            m.lessons().forEach(l -> progress.markRead(workspace, analyst.id(), COURSE, m.number(), l.stem()));
        }
        course.module(1).ifPresent(m -> {
            m.lessons().stream().limit(1).forEach(l -> progress.markRead(workspace, member.id(), COURSE, 1, l.stem()));
            quiz(workspace, learner, course, m, 1.0);
            quiz(workspace, member, course, m, 0.4);
        });
        course.module(2).ifPresent(m -> {
            quiz(workspace, learner, course, m, 0.6);
            m.exercises().stream()
                    .filter(e -> e instanceof org.clusterworks.learning.content.LqExercise)
                    .map(e -> (org.clusterworks.learning.content.LqExercise) e)
                    .forEach(e -> progress.checkExercise(
                            workspace, learner.id(), COURSE, e, e.answer(), String.format("%.2f", e.answer())));
        });
        course.modules().forEach(m -> quiz(workspace, analyst, course, m, 1.0));
        long exam = assessments.startExam(workspace, analyst.id(), course, Instant.now());
        submit(exam, workspace, analyst, course, 0.85);
        log.info("Demo: learning progress seeded for learner, member and analyst in workspace demo");
    }

    private void quiz(long workspace, AuthenticatedUser user, Course course, Course.Module module, double share) {
        submit(assessments.startQuiz(workspace, user.id(), course, module), workspace, user, course, share);
    }

    /** Answers the first {@code share} of the questions correctly and leaves the rest blank. */
    private void submit(long attemptId, long workspace, AuthenticatedUser user, Course course, double share) {
        List<Assessments.Item> items = assessments.items(attemptId);
        Map<Integer, List<String>> answers = new HashMap<>();
        int right = (int) Math.round(share * items.size());
        for (int i = 0; i < right; i++) {
            Assessments.Item item = items.get(i);
            answers.put(item.position(), Grader.correctAnswer(item.stored().question()));
        }
        var attempt = assessments.find(attemptId, workspace, user.id()).orElseThrow();
        assessments.submit(attempt, answers, Instant.now(), user, course);
    }

    private AuthenticatedUser user(String username) {
        return jdbc.sql("select id, username, display_name from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new AuthenticatedUser(rs.getLong(1), rs.getString(2), rs.getString(3), false))
                .optional()
                .orElse(null);
    }
}

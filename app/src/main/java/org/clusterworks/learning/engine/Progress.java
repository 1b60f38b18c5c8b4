package org.clusterworks.learning.engine;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Exercise;
import org.clusterworks.learning.content.LqExercise;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each learner has read, passed and scored: their own view and the programme officer's cohort view. */
@Service
public class Progress {

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final Certificates certificates;

    Progress(JdbcClient jdbc, Assessments assessments, Certificates certificates) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.certificates = certificates;
    }

    /** One module's progress for a learner. */
    public record ModuleProgress(
            Course.Module module, Set<String> lessonsRead, Double bestQuiz, boolean quizPassed, boolean exerciseDone) {

        public int lessonsDone() {
            return (int) module.lessons().stream()
                    .filter(l -> lessonsRead.contains(l.stem()))
                    .count();
        }

        public int percentRead() {
            return module.lessons().isEmpty()
                    ? 0
                    : 100 * lessonsDone() / module.lessons().size();
        }
    }

    /** A learner's progress through a course. */
    public record LearnerProgress(
            long userId,
            String username,
            String displayName,
            List<ModuleProgress> modules,
            int examAttempts,
            Double bestExam,
            boolean examPassed,
            List<Assessments.CategoryResult> examCategories,
            Certificates.Certificate certificate) {

        public int lessonsDone() {
            return modules.stream().mapToInt(ModuleProgress::lessonsDone).sum();
        }

        public int lessonsTotal() {
            return modules.stream().mapToInt(m -> m.module().lessons().size()).sum();
        }

        public long quizzesPassed() {
            return modules.stream().filter(ModuleProgress::quizPassed).count();
        }
    }

    /** Records that a lesson was opened (the latest time is kept; two tabs at once are harmless). */
    public void markRead(long workspaceId, long userId, String courseId, int module, String stem) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        update learning_lesson_read set read_at = :now where workspace_id = :ws and user_id = :user
                          and course_id = :course and module_number = :module and lesson_stem = :stem""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .param("module", module)
                .param("stem", stem)
                .param("now", now)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                                insert into learning_lesson_read
                                  (workspace_id, user_id, course_id, module_number, lesson_stem, read_at)
                                values (:ws, :user, :course, :module, :stem, :now)""")
                        .param("ws", workspaceId)
                        .param("user", userId)
                        .param("course", courseId)
                        .param("module", module)
                        .param("stem", stem)
                        .param("now", now)
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // the same lesson opened in two requests at once: already recorded
            }
        }
    }

    @Transactional
    public boolean checkExercise(
            long workspaceId, long userId, String courseId, LqExercise exercise, double given, String raw) {
        return recordExercise(workspaceId, userId, courseId, exercise, exercise.accepts(given), raw);
    }

    /** Records an answer to an exercise, checked by the caller; a correct one marks the exercise done. */
    @Transactional
    public boolean recordExercise(
            long workspaceId, long userId, String courseId, Exercise exercise, boolean correct, String raw) {
        return recordPractice(workspaceId, userId, courseId, exercise.id(), correct, raw);
    }

    /** Records an answer to a workspace exercise (not part of a module's content), checked by the caller. */
    @Transactional
    public boolean recordPractice(
            long workspaceId, long userId, String courseId, String exerciseId, boolean correct, String raw) {
        jdbc.sql("""
                        insert into learning_exercise_result
                          (workspace_id, user_id, course_id, exercise_id, answer_given, correct, submitted_at)
                        values (:ws, :user, :course, :exercise, :answer, :correct, :now)""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .param("exercise", exerciseId)
                .param("answer", raw.length() > 100 ? raw.substring(0, 100) : raw)
                .param("correct", correct)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return correct;
    }

    public LearnerProgress of(long workspaceId, long userId, String username, String displayName, Course course) {
        Map<Integer, Set<String>> read = new HashMap<>();
        jdbc.sql("""
                        select module_number, lesson_stem from learning_lesson_read
                        where workspace_id = :ws and user_id = :user and course_id = :course""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", course.id())
                .query((rs, n) -> read.computeIfAbsent(rs.getInt(1), k -> new java.util.HashSet<>())
                        .add(rs.getString(2)))
                .list();
        Set<String> exercisesDone = Set.copyOf(jdbc.sql("""
                        select distinct exercise_id from learning_exercise_result
                        where workspace_id = :ws and user_id = :user and course_id = :course and correct = true""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", course.id())
                .query(String.class)
                .list());
        Map<Integer, List<Assessments.Attempt>> quizzes =
                assessments.attempts(workspaceId, userId, course.id(), Assessments.QUIZ).stream()
                        .filter(a -> a.module() != null)
                        .collect(Collectors.groupingBy(Assessments.Attempt::module, TreeMap::new, Collectors.toList()));
        List<ModuleProgress> modules = new ArrayList<>();
        for (Course.Module m : course.modules()) {
            List<Assessments.Attempt> attempts = quizzes.getOrDefault(m.number(), List.of());
            Double best = attempts.stream()
                    .map(Assessments.Attempt::percent)
                    .filter(java.util.Objects::nonNull)
                    .max(Double::compare)
                    .orElse(null);
            boolean passed = attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
            boolean exercise =
                    !m.exercises().isEmpty() && m.exercises().stream().allMatch(e -> exercisesDone.contains(e.id()));
            modules.add(new ModuleProgress(m, read.getOrDefault(m.number(), Set.of()), best, passed, exercise));
        }
        List<Assessments.Attempt> exams = assessments.attempts(workspaceId, userId, course.id(), Assessments.EXAM);
        Assessments.Attempt bestExam = exams.stream()
                .filter(a -> a.percent() != null)
                .max((a, b) -> Double.compare(a.percent(), b.percent()))
                .orElse(null);
        List<Assessments.CategoryResult> categories = bestExam == null || bestExam.expired()
                ? List.of()
                : Assessments.byCategory(assessments.items(bestExam.id()));
        Certificates.Certificate certificate = certificates.forUser(workspaceId, userId).stream()
                .filter(c -> c.courseId().equals(course.id()))
                .reduce((a, b) -> b)
                .orElse(null);
        return new LearnerProgress(
                userId,
                username,
                displayName,
                modules,
                exams.size(),
                bestExam == null ? null : bestExam.percent(),
                exams.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())),
                categories,
                certificate);
    }

    /** Every member of the workspace whose role may learn, with their progress. */
    public List<LearnerProgress> cohort(long workspaceId, Course course) {
        record Member(long id, String username, String displayName, String role) {}
        return jdbc
                .sql("""
                        select u.id, u.username, u.display_name, m.role from workspace_member m
                        join app_user u on u.id = m.user_id where m.workspace_id = :ws order by u.display_name, u.username""")
                .param("ws", workspaceId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()
                .stream()
                .filter(m -> {
                    var role = org.clusterworks.identity.WorkspaceRole.parse(m.role());
                    return role != null && role.permits(org.clusterworks.identity.Permission.LEARN);
                })
                .map(m -> of(workspaceId, m.id(), m.username(), m.displayName(), course))
                .toList();
    }
}

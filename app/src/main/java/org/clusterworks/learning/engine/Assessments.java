package org.clusterworks.learning.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Grader;
import org.clusterworks.learning.engine.CourseCatalog.StoredQuestion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Module quizzes and the final exam: random draws from the question bank (pinning the question versions shown),
 * server-side grading, the exam's time limit and number of attempts, and the certificate on a pass.
 */
@Service
public class Assessments {

    /** Late answers are accepted this long after the deadline, for the time the form takes to arrive. */
    static final Duration GRACE = Duration.ofSeconds(30);

    public static final String QUIZ = "QUIZ";
    public static final String EXAM = "EXAM";

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final Certificates certificates;
    private final ApplicationEventPublisher events;

    Assessments(JdbcClient jdbc, CourseCatalog catalog, Certificates certificates, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.certificates = certificates;
        this.events = events;
    }

    /** An attempt at a quiz or the exam. */
    public record Attempt(
            long id,
            long workspaceId,
            long userId,
            String courseId,
            String kind,
            Integer module,
            int passMark,
            Instant startedAt,
            Instant deadlineAt,
            Instant submittedAt,
            boolean expired,
            Double score,
            int maxScore,
            Double percent,
            Boolean passed) {

        public boolean open() {
            return submittedAt == null;
        }

        public boolean exam() {
            return EXAM.equals(kind);
        }

        public boolean overdue(Instant now) {
            return deadlineAt != null && now.isAfter(deadlineAt.plus(GRACE));
        }

        public long secondsLeft(Instant now) {
            return deadlineAt == null
                    ? -1
                    : Math.max(0, Duration.between(now, deadlineAt).toSeconds());
        }
    }

    /** One question of an attempt: the pinned version, the answer given and its score once graded. */
    public record Item(int position, StoredQuestion stored, List<String> answer, Double score) {}

    /** The score of one category (module) in a submitted attempt. */
    public record CategoryResult(int module, double score, int questions) {
        public double percent() {
            return questions == 0 ? 0 : 100.0 * score / questions;
        }
    }

    /** Why an exam cannot be started. */
    public static class StartRefused extends RuntimeException {
        private final String messageKey;

        StartRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The outcome of a submission. */
    public record Submission(Attempt attempt, List<Grader.AnswerException> problems, String certificateCode) {}

    @Transactional
    public long startQuiz(long workspaceId, long userId, Course course, Course.Module module) {
        List<Long> ids = new ArrayList<>(catalog.activeQuestionIds(course.id(), module.number()));
        Collections.shuffle(ids, ThreadLocalRandom.current());
        List<Long> drawn = ids.subList(0, Math.min(module.quiz().questions(), ids.size()));
        return create(
                workspaceId,
                userId,
                course.id(),
                QUIZ,
                module.number(),
                module.quiz().passMark(),
                null,
                drawn);
    }

    @Transactional
    public long startExam(long workspaceId, long userId, Course course, Instant now) {
        List<Attempt> previous = attempts(workspaceId, userId, course.id(), EXAM);
        if (previous.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()))) {
            throw new StartRefused("learning.exam.already-passed");
        }
        for (Attempt a : previous) {
            if (a.open() && !a.overdue(now)) {
                return a.id();
            }
            if (a.open()) {
                expire(a, now);
            }
        }
        if (previous.size() >= course.exam().attempts()) {
            throw new StartRefused("learning.exam.no-attempts-left");
        }
        List<Long> drawn = new ArrayList<>();
        for (var entry : course.exam().perModule().entrySet()) {
            List<Long> ids = new ArrayList<>(catalog.activeQuestionIds(course.id(), entry.getKey()));
            Collections.shuffle(ids, ThreadLocalRandom.current());
            drawn.addAll(ids.subList(0, Math.min(entry.getValue(), ids.size())));
        }
        Collections.shuffle(drawn, ThreadLocalRandom.current());
        Instant deadline = now.plus(Duration.ofMinutes(course.exam().timeLimitMinutes()));
        long id = create(
                workspaceId, userId, course.id(), EXAM, null, course.exam().passMark(), deadline, drawn);
        events.publishEvent(new AuditEvent(
                workspaceId,
                AuditEvent.Action.CREATED,
                "learning-exam-attempt",
                String.valueOf(id),
                "Exam attempt " + (previous.size() + 1) + " of " + course.exam().attempts() + " started for course "
                        + course.id()));
        return id;
    }

    private long create(
            long workspaceId,
            long userId,
            String courseId,
            String kind,
            Integer module,
            int passMark,
            Instant deadline,
            List<Long> questionIds) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into learning_attempt
                          (workspace_id, user_id, course_id, kind, module_number, pass_mark, started_at, deadline_at, max_score)
                        values (:ws, :user, :course, :kind, :module, :passMark, :now, :deadline, :max)""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .param("kind", kind)
                .param("module", module)
                .param("passMark", passMark)
                .param("now", now)
                .param("deadline", deadline == null ? null : deadline.atOffset(ZoneOffset.UTC))
                .param("max", questionIds.size())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 1;
        for (long q : questionIds) {
            jdbc.sql("""
                            insert into learning_attempt_question (attempt_id, position_no, question_id)
                            values (:attempt, :position, :question)""")
                    .param("attempt", id)
                    .param("position", position++)
                    .param("question", q)
                    .update();
        }
        return id;
    }

    public List<Attempt> attempts(long workspaceId, long userId, String courseId, String kind) {
        return jdbc.sql("""
                        select * from learning_attempt
                        where workspace_id = :ws and user_id = :user and course_id = :course and kind = :kind
                        order by id""")
                .param("ws", workspaceId)
                .param("user", userId)
                .param("course", courseId)
                .param("kind", kind)
                .query(Assessments::attempt)
                .list();
    }

    /** The attempt, if it belongs to this user in this workspace. */
    public Optional<Attempt> find(long id, long workspaceId, long userId) {
        return jdbc.sql("select * from learning_attempt where id = :id and workspace_id = :ws and user_id = :user")
                .param("id", id)
                .param("ws", workspaceId)
                .param("user", userId)
                .query(Assessments::attempt)
                .optional();
    }

    public List<Item> items(long attemptId) {
        return jdbc.sql("""
                        select position_no, question_id, answer, score from learning_attempt_question
                        where attempt_id = :attempt order by position_no""")
                .param("attempt", attemptId)
                .query((rs, n) -> new Item(
                        rs.getInt(1),
                        catalog.version(rs.getLong(2)),
                        rs.getString(3) == null
                                ? List.of()
                                : CourseCatalog.JSON.readValue(rs.getString(3), new TypeReference<List<String>>() {}),
                        rs.getObject(4) == null ? null : rs.getDouble(4)))
                .list();
    }

    /**
     * Grades the answers (position to the strings posted). Nothing is stored when an answer cannot be graded; an exam
     * submitted after its time limit is closed as expired with no score.
     */
    @Transactional
    public Submission submit(
            Attempt attempt, Map<Integer, List<String>> answers, Instant now, AuthenticatedUser user, Course course) {
        if (!attempt.open()) {
            return new Submission(attempt, List.of(), null);
        }
        if (attempt.overdue(now)) {
            expire(attempt, now);
            return new Submission(reload(attempt), List.of(), null);
        }
        List<Item> items = items(attempt.id());
        List<Grader.AnswerException> problems = new ArrayList<>();
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (Item item : items) {
            List<String> given = answers.getOrDefault(item.position(), List.of());
            try {
                scores.put(
                        item.position(),
                        Grader.grade(item.stored().question(), given).score());
            } catch (Grader.AnswerException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            return new Submission(attempt, problems, null);
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        double percent = items.isEmpty() ? 0 : Math.round(10000.0 * total / items.size()) / 100.0;
        boolean passed = percent >= attempt.passMark() - 1e-9;
        int closed = jdbc.sql("""
                        update learning_attempt set submitted_at = :now, score = :score, percent = :percent, passed = :passed
                        where id = :id and submitted_at is null""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("score", total)
                .param("percent", percent)
                .param("passed", passed)
                .param("id", attempt.id())
                .update();
        if (closed == 0) { // submitted twice at once: the first submission counts
            return new Submission(reload(attempt), List.of(), null);
        }
        for (Item item : items) {
            jdbc.sql("""
                            update learning_attempt_question set answer = :answer, score = :score
                            where attempt_id = :attempt and position_no = :position""")
                    .param(
                            "answer",
                            CourseCatalog.JSON.writeValueAsString(answers.getOrDefault(item.position(), List.of())))
                    .param("score", scores.get(item.position()))
                    .param("attempt", attempt.id())
                    .param("position", item.position())
                    .update();
        }
        String code = null;
        if (attempt.exam()) {
            events.publishEvent(new AuditEvent(
                    attempt.workspaceId(),
                    AuditEvent.Action.CHANGED,
                    "learning-exam-attempt",
                    String.valueOf(attempt.id()),
                    "Exam submitted: " + percent + " %, " + (passed ? "passed" : "not passed")));
            if (passed) {
                code = certificates.issue(reload(attempt), user, course);
            }
        }
        return new Submission(reload(attempt), List.of(), code);
    }

    private void expire(Attempt attempt, Instant now) {
        jdbc.sql("""
                        update learning_attempt set submitted_at = :now, expired = true, score = 0, percent = 0, passed = false
                        where id = :id and submitted_at is null""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("id", attempt.id())
                .update();
    }

    private Attempt reload(Attempt attempt) {
        return find(attempt.id(), attempt.workspaceId(), attempt.userId()).orElseThrow();
    }

    /** Results per module of a graded attempt. */
    public static List<CategoryResult> byCategory(List<Item> items) {
        Map<Integer, double[]> sums = new java.util.TreeMap<>();
        for (Item item : items) {
            double[] s = sums.computeIfAbsent(item.stored().question().module(), k -> new double[2]);
            s[0] += item.score() == null ? 0 : item.score();
            s[1]++;
        }
        return sums.entrySet().stream()
                .map(e -> new CategoryResult(e.getKey(), e.getValue()[0], (int) e.getValue()[1]))
                .toList();
    }

    static Attempt attempt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attempt(
                rs.getLong("id"),
                rs.getLong("workspace_id"),
                rs.getLong("user_id"),
                rs.getString("course_id"),
                rs.getString("kind"),
                (Integer) rs.getObject("module_number", Integer.class),
                rs.getInt("pass_mark"),
                instant(rs, "started_at"),
                instant(rs, "deadline_at"),
                instant(rs, "submitted_at"),
                rs.getBoolean("expired"),
                rs.getObject("score") == null ? null : rs.getDouble("score"),
                rs.getInt("max_score"),
                rs.getObject("percent") == null ? null : rs.getDouble("percent"),
                rs.getObject("passed") == null ? null : rs.getBoolean("passed"));
    }

    static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}

package org.clusterworks.learning.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.CourseLoader;
import org.clusterworks.learning.content.Question;
import org.clusterworks.learning.content.QuestionParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The courses found under {@code learning/<id>/course.yaml} on the classpath, validated at start-up (invalid content
 * stops the application with a list of problems) and loaded into the database idempotently: a changed question
 * gets a new version, a removed one is retired.
 */
@Component
public class CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Map<String, Course> courses = new TreeMap<>();
    private final Map<Long, StoredQuestion> versions = new ConcurrentHashMap<>();

    /** A stored version of a question. */
    public record StoredQuestion(long id, int version, Question question) {}

    CourseCatalog(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        for (Course course : loadAll()) {
            courses.put(course.id(), course);
            tx.executeWithoutResult(s -> sync(course));
        }
    }

    /** Reads and validates every course on the classpath. */
    public static List<Course> loadAll() {
        List<Course> out = new ArrayList<>();
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:learning/*/course.yaml");
            for (Resource courseYaml : found) {
                String url = courseYaml.getURL().toString();
                String dir = url.substring(0, url.length() - "/course.yaml".length());
                String id = dir.substring(dir.lastIndexOf('/') + 1);
                CourseLoader loader = new CourseLoader();
                Course course = loader.load(id, path -> read(courseYaml, path));
                loader.warnings().forEach(w -> log.warn("Course {}: {}", id, w));
                out.add(course);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Optional<String> read(Resource courseYaml, String path) {
        try {
            Resource r = courseYaml.createRelative(path);
            if (!r.exists() || (r.isFile() && Files.isDirectory(r.getFile().toPath()))) {
                return Optional.empty();
            }
            try (var in = r.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Collection<Course> all() {
        return courses.values();
    }

    public Optional<Course> find(String id) {
        return Optional.ofNullable(courses.get(id));
    }

    void sync(Course course) {
        String stored = jdbc.sql("select checksum from learning_course where id = :id")
                .param("id", course.id())
                .query(String.class)
                .optional()
                .orElse(null);
        if (course.checksum().equals(stored)) {
            return;
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (stored == null) {
            jdbc.sql("insert into learning_course (id, checksum, loaded_at) values (:id, :checksum, :now)")
                    .param("id", course.id())
                    .param("checksum", course.checksum())
                    .param("now", now)
                    .update();
        } else {
            jdbc.sql("update learning_course set checksum = :checksum, loaded_at = :now where id = :id")
                    .param("id", course.id())
                    .param("checksum", course.checksum())
                    .param("now", now)
                    .update();
        }
        int added = 0;
        int changed = 0;
        Set<String> keys = new HashSet<>();
        for (Question q : course.questions()) {
            keys.add(q.key());
            String json = JSON.writeValueAsString(q.content());
            String checksum = sha256("module " + q.module() + "\n" + json);
            var latest = jdbc.sql("""
                            select id, version_no, checksum, retired from learning_question
                            where course_id = :course and question_key = :key order by version_no desc limit 1""")
                    .param("course", course.id())
                    .param("key", q.key())
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4)})
                    .optional();
            if (latest.isPresent() && latest.get()[2].equals(checksum)) {
                if ((Boolean) latest.get()[3]) {
                    jdbc.sql("update learning_question set retired = false where id = :id")
                            .param("id", latest.get()[0])
                            .update();
                }
                continue;
            }
            int version = latest.map(r -> (Integer) r[1] + 1).orElse(1);
            jdbc.sql("""
                            insert into learning_question
                              (course_id, question_key, version_no, module_number, checksum, content, retired, created_at)
                            values (:course, :key, :version, :module, :checksum, :content, false, :now)""")
                    .param("course", course.id())
                    .param("key", q.key())
                    .param("version", version)
                    .param("module", q.module())
                    .param("checksum", checksum)
                    .param("content", json)
                    .param("now", now)
                    .update();
            jdbc.sql("""
                            update learning_question set retired = true
                            where course_id = :course and question_key = :key and version_no < :version""")
                    .param("course", course.id())
                    .param("key", q.key())
                    .param("version", version)
                    .update();
            if (version == 1) {
                added++;
            } else {
                changed++;
            }
        }
        List<String> gone = jdbc
                .sql(
                        "select distinct question_key from learning_question where course_id = :course and retired = false")
                .param("course", course.id())
                .query(String.class)
                .list()
                .stream()
                .filter(k -> !keys.contains(k))
                .toList();
        for (String key : gone) {
            jdbc.sql("update learning_question set retired = true where course_id = :course and question_key = :key")
                    .param("course", course.id())
                    .param("key", key)
                    .update();
        }
        log.info(
                "Course {} loaded: {} new questions, {} new versions, {} retired",
                course.id(),
                added,
                changed,
                gone.size());
    }

    /** The ids of the current version of every active question of a module. */
    public List<Long> activeQuestionIds(String courseId, int module) {
        return jdbc.sql("""
                        select id from learning_question
                        where course_id = :course and module_number = :module and retired = false order by question_key""")
                .param("course", courseId)
                .param("module", module)
                .query(Long.class)
                .list();
    }

    /** A stored question version (versions never change, so they are cached). */
    public StoredQuestion version(long id) {
        return versions.computeIfAbsent(
                id,
                key -> jdbc.sql("select version_no, module_number, content from learning_question where id = :id")
                        .param("id", key)
                        .query((rs, n) -> new StoredQuestion(
                                key,
                                rs.getInt(1),
                                QuestionParser.fromStored(
                                        JSON.readValue(rs.getString(3), new TypeReference<Map<String, Object>>() {}),
                                        rs.getInt(2))))
                        .single());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

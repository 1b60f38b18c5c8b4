package org.clusterworks.learning.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates a course directory (learning/FORMAT.md). Every problem is collected, then reported at once in
 * a {@link ContentException} naming file, id and field.
 */
public final class CourseLoader {

    private final List<String> warnings = new ArrayList<>();

    /** Non-fatal findings of the last load, such as lessons not yet translated. */
    public List<String> warnings() {
        return warnings;
    }

    public Course load(String courseId, CourseSource source) {
        warnings.clear();
        Problems problems = new Problems();
        MessageDigest digest = sha256();
        Optional<String> courseYaml = read(source, "course.yaml", digest);
        if (courseYaml.isEmpty()) {
            throw new ContentException(courseId, List.of("course.yaml: missing"));
        }
        Map<String, Object> root = yamlMap(courseYaml.get(), "course.yaml", problems);
        if (root == null) {
            throw new ContentException(courseId, problems.list);
        }
        Fields f = new Fields("course.yaml", null, problems);
        f.onlyKeys(root, "", Set.of("id", "title", "summary", "exam", "modules"));
        String id = f.string(root, "id", true, Fields.ID);
        if (id != null && !id.equals(courseId)) {
            f.problem("id", "'" + id + "' must equal the course directory name '" + courseId + "'");
        }
        Text title = f.text(root, "title", true);
        Text summary = f.text(root, "summary", true);

        List<Course.Module> modules = new ArrayList<>();
        List<Object> moduleList = f.list(root, "modules", true);
        Set<String> questionIds = new HashSet<>();
        Set<String> exerciseIds = new HashSet<>();
        if (moduleList != null && moduleList.isEmpty()) {
            f.problem("modules", "needs at least one module");
        }
        for (int i = 0; moduleList != null && i < moduleList.size(); i++) {
            Course.Module module = module(moduleList.get(i), i + 1, source, digest, problems, questionIds, exerciseIds);
            if (module != null) {
                modules.add(module);
            }
        }
        Course.Exam exam = exam(root, f, modules);
        if (!problems.isEmpty()) {
            throw new ContentException(courseId, problems.list);
        }
        return new Course(
                id, title, summary, exam, List.copyOf(modules), HexFormat.of().formatHex(digest.digest()));
    }

    private Course.Module module(
            Object value,
            int expected,
            CourseSource source,
            MessageDigest digest,
            Problems problems,
            Set<String> questionIds,
            Set<String> exerciseIds) {
        String field = "modules[" + expected + "]";
        Map<String, Object> m = Fields.map(value);
        Fields f = new Fields("course.yaml", null, problems);
        if (m == null) {
            f.problem(field, "must be a mapping with number, slug, title, lessons and quiz");
            return null;
        }
        f.onlyKeys(m, field + ".", Set.of("number", "slug", "title", "lessons", "quiz", "practice"));
        Integer number = f.integer(m, field + ".number", null, 1, 99);
        if (number != null && number != expected) {
            f.problem(
                    field + ".number",
                    "modules must be numbered 1, 2, 3... in order: expected " + expected + ", found " + number);
        }
        String slug = f.string(m, field + ".slug", true, Fields.ID);
        Text title = f.text(m, field + ".title", true);
        List<String> stems = f.strings(m, field + ".lessons", true);
        List<String> practice = m.containsKey("practice") ? f.strings(m, field + ".practice", false) : List.of();
        for (String p : practice == null ? List.<String>of() : practice) {
            if (!Course.PRACTICE.contains(p)) {
                f.problem(field + ".practice", "'" + p + "' is not one of " + Course.PRACTICE);
            }
        }
        Map<String, Object> quizMap = Fields.map(m.get("quiz"));
        Course.Quiz quiz = null;
        if (quizMap == null) {
            f.problem(field + ".quiz", "missing (questions and passMark)");
        } else {
            f.onlyKeys(quizMap, field + ".quiz.", Set.of("questions", "passMark"));
            Integer q = f.integer(quizMap, field + ".quiz.questions", null, 1, 1000);
            Integer pass = f.integer(quizMap, field + ".quiz.passMark", 70, 1, 100);
            if (q != null && pass != null) {
                quiz = new Course.Quiz(q, pass);
            }
        }
        if (number == null || slug == null) {
            return null;
        }
        String dir = "modules/%02d-%s".formatted(number, slug);

        List<Course.Lesson> lessons = new ArrayList<>();
        if (stems != null && stems.isEmpty()) {
            f.problem(field + ".lessons", "needs at least one lesson");
        }
        Set<String> seen = new HashSet<>();
        for (String stem : stems == null ? List.<String>of() : stems) {
            if (!Fields.ID.matcher(stem).matches()) {
                f.problem(field + ".lessons", "lesson stem '" + stem + "' does not match [a-z0-9][a-z0-9-]*");
                continue;
            }
            if (!seen.add(stem)) {
                f.problem(field + ".lessons", "lesson stem '" + stem + "' is listed twice");
                continue;
            }
            Map<String, Course.LessonText> versions = new LinkedHashMap<>();
            for (String lang : Text.LANGUAGES) {
                String file = dir + "/" + stem + "." + lang + ".md";
                Optional<String> md = read(source, file, digest);
                if (md.isEmpty()) {
                    if (lang.equals("en")) {
                        problems.add(file, stem, null, "missing (the English lesson file is required)");
                    } else {
                        warnings.add(file + ": missing, the English lesson is shown instead");
                    }
                    continue;
                }
                Course.LessonText text = lesson(md.get(), file, stem, problems);
                if (text != null) {
                    versions.put(lang, text);
                }
            }
            if (versions.containsKey("en")) {
                lessons.add(new Course.Lesson(stem, Map.copyOf(versions)));
            }
        }

        Map<String, String> exerciseText = new TreeMap<>();
        for (String lang : Text.LANGUAGES) {
            read(source, dir + "/exercise." + lang + ".md", digest).ifPresent(t -> exerciseText.put(lang, t));
        }
        if (!exerciseText.isEmpty() && !exerciseText.containsKey("en")) {
            problems.add(dir + "/exercise.en.md", null, null, "missing while other languages of the exercise exist");
        }
        List<Exercise> exercises = new ArrayList<>();
        Optional<String> exerciseYaml = read(source, dir + "/exercise.yaml", digest);
        if (exerciseYaml.isPresent()) {
            exercises.addAll(ExerciseParser.parse(exerciseYaml.get(), dir + "/exercise.yaml", problems, exerciseIds));
        }

        List<Question> questions = new ArrayList<>();
        String qfile = dir + "/questions.yaml";
        Optional<String> qyaml = read(source, qfile, digest);
        if (qyaml.isEmpty()) {
            problems.add(qfile, null, null, "missing (every module needs a question bank)");
        } else {
            Object parsed = yaml(qyaml.get(), qfile, problems);
            if (parsed instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Map<String, Object> q = Fields.map(list.get(i));
                    if (q == null) {
                        problems.add(qfile, "question " + (i + 1), null, "must be a mapping");
                        continue;
                    }
                    Question question = QuestionParser.parse(q, number, qfile, "question " + (i + 1), problems);
                    if (question != null) {
                        if (!questionIds.add(question.key())) {
                            problems.add(qfile, question.key(), "id", "is used by another question of the course");
                        } else {
                            questions.add(question);
                        }
                    }
                }
            } else if (parsed != null) {
                problems.add(qfile, null, null, "must be a list of questions");
            }
        }
        if (quiz != null && questions.size() < quiz.questions()) {
            f.problem(
                    field + ".quiz.questions",
                    "the quiz draws " + quiz.questions() + " questions but " + qfile + " has only " + questions.size());
        }
        return new Course.Module(
                number,
                slug,
                title,
                List.copyOf(lessons),
                quiz,
                exerciseText,
                List.copyOf(exercises),
                List.copyOf(questions),
                practice == null ? List.of() : List.copyOf(practice));
    }

    private static Course.Exam exam(Map<String, Object> root, Fields f, List<Course.Module> modules) {
        Map<String, Object> e = Fields.map(root.get("exam"));
        if (e == null) {
            f.problem("exam", "missing (questions, passMark, timeLimitMinutes, attempts, perModule)");
            return null;
        }
        f.onlyKeys(e, "exam.", Set.of("questions", "passMark", "timeLimitMinutes", "attempts", "perModule"));
        Integer questions = f.integer(e, "exam.questions", null, 1, 1000);
        Integer passMark = f.integer(e, "exam.passMark", 70, 1, 100);
        Integer minutes = f.integer(e, "exam.timeLimitMinutes", null, 1, 24 * 60);
        Integer attempts = f.integer(e, "exam.attempts", null, 1, 100);
        Map<Integer, Integer> perModule = new TreeMap<>();
        Map<Integer, Integer> bank = new HashMap<>();
        modules.forEach(m -> bank.put(m.number(), m.questions().size()));
        Object pm = e.get("perModule");
        if (pm != null) {
            Map<String, Object> map = Fields.map(pm);
            if (map == null) {
                f.problem("exam.perModule", "must be a mapping of module number to question count");
            } else {
                map.forEach((k, v) -> {
                    Integer n = k.matches("\\d{1,2}") ? Integer.valueOf(k) : null;
                    if (n == null || !bank.containsKey(n)) {
                        f.problem("exam.perModule." + k, "is not the number of a module");
                    } else if (!(v instanceof Integer count) || count < 0) {
                        f.problem("exam.perModule." + k, "must be a non-negative integer, found " + Fields.describe(v));
                    } else if (count > bank.get(n)) {
                        f.problem(
                                "exam.perModule." + k,
                                "draws " + count + " questions but module " + n + "'s bank has only " + bank.get(n));
                    } else {
                        perModule.put(n, count);
                    }
                });
                int sum =
                        perModule.values().stream().mapToInt(Integer::intValue).sum();
                if (questions != null && sum != questions && perModule.size() == map.size()) {
                    f.problem("exam.perModule", "adds up to " + sum + " but exam.questions is " + questions);
                }
            }
        } else if (questions != null && !bank.isEmpty()) {
            int total = bank.values().stream().mapToInt(Integer::intValue).sum();
            if (total < questions) {
                f.problem(
                        "exam.questions",
                        "the exam draws " + questions + " questions but the course has only " + total);
            } else {
                perModule.putAll(proportional(questions, bank));
            }
        }
        if (questions == null || passMark == null || minutes == null || attempts == null) {
            return null;
        }
        return new Course.Exam(questions, passMark, minutes, attempts, Map.copyOf(perModule));
    }

    /** Spreads {@code n} questions over modules in proportion to bank size (largest remainder). */
    static Map<Integer, Integer> proportional(int n, Map<Integer, Integer> bank) {
        int total = bank.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> out = new TreeMap<>();
        Map<Integer, Double> remainder = new TreeMap<>();
        int given = 0;
        for (var entry : new TreeMap<>(bank).entrySet()) {
            double exact = (double) n * entry.getValue() / total;
            out.put(entry.getKey(), (int) Math.floor(exact));
            remainder.put(entry.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<Integer> order = new ArrayList<>(remainder.keySet());
        order.sort((a, b) -> Double.compare(remainder.get(b), remainder.get(a)));
        for (int i = 0; given < n; i = (i + 1) % order.size()) {
            int k = order.get(i);
            if (out.get(k) < bank.get(k)) {
                out.put(k, out.get(k) + 1);
                given++;
            }
        }
        return out;
    }

    private static Course.LessonText lesson(String md, String file, String stem, Problems problems) {
        String text = md.startsWith("\uFEFF") ? md.substring(1) : md;
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length
                || !lines[i].startsWith("# ")
                || lines[i].substring(2).isBlank()) {
            problems.add(file, stem, "title", "the first line must be '# Title'");
            return null;
        }
        String title = lines[i].substring(2).strip();
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length))
                .strip();
        if (body.isEmpty()) {
            problems.add(file, stem, "body", "the lesson has a title but no text");
            return null;
        }
        return new Course.LessonText(title, body);
    }

    static Object yaml(String text, String file, Problems problems) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            problems.add(file, null, null, "not valid YAML: " + e.getMessage().replace('\n', ' '));
            return null;
        }
    }

    private static Map<String, Object> yamlMap(String text, String file, Problems problems) {
        Object parsed = yaml(text, file, problems);
        Map<String, Object> map = Fields.map(parsed);
        if (map == null && parsed != null) {
            problems.add(file, null, null, "must be a mapping");
        }
        return map;
    }

    private static Optional<String> read(CourseSource source, String path, MessageDigest digest) {
        Optional<String> text = source.read(path);
        text.ifPresent(t -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(t.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

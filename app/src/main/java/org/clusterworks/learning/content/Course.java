package org.clusterworks.learning.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course as read from its content files.
 *
 * @param checksum SHA-256 of all content files, to make loading into the database idempotent
 */
public record Course(String id, Text title, Text summary, Exam exam, List<Module> modules, String checksum) {

    public Optional<Module> module(int number) {
        return modules.stream().filter(m -> m.number() == number).findFirst();
    }

    /** Every question of every module's bank. */
    public List<Question> questions() {
        return modules.stream().flatMap(m -> m.questions().stream()).toList();
    }

    /** The exercises on the learner's workspace data a module may link to (course.yaml {@code practice}). */
    public static final List<String> PRACTICE = List.of("lq", "swot", "action-line");

    /** The final exam's settings; {@code perModule} maps module number to questions drawn. */
    public record Exam(
            int questions, int passMark, int timeLimitMinutes, int attempts, Map<Integer, Integer> perModule) {}

    /**
     * One module with its lessons, quiz settings, exercises, question bank and the workspace exercises it links to
     * ({@link #PRACTICE}).
     */
    public record Module(
            int number,
            String slug,
            Text title,
            List<Lesson> lessons,
            Quiz quiz,
            Map<String, String> exerciseText,
            List<Exercise> exercises,
            List<Question> questions,
            List<String> practice) {

        public Optional<Lesson> lesson(String stem) {
            return lessons.stream().filter(l -> l.stem().equals(stem)).findFirst();
        }

        public String directory() {
            return "modules/%02d-%s".formatted(number, slug);
        }
    }

    /** A module quiz: how many questions are drawn and the pass mark in percent. */
    public record Quiz(int questions, int passMark) {}

    /** A lesson; {@code versions} maps language to its title and Markdown body (English always present). */
    public record Lesson(String stem, Map<String, LessonText> versions) {

        public LessonText in(String lang) {
            return versions.getOrDefault(lang, versions.get("en"));
        }

        public boolean translated(String lang) {
            return versions.containsKey(lang);
        }
    }

    /** A lesson's title and Markdown body in one language. */
    public record LessonText(String title, String markdown) {}
}

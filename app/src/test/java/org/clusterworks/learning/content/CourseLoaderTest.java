package org.clusterworks.learning.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.learning.engine.CourseCatalog;
import org.junit.jupiter.api.Test;

/** The loader accepts the shipped content and rejects bad content with messages naming file, id and field. */
class CourseLoaderTest {

    static final String COURSE = """
            id: demo
            title: {en: T, fr: T, sw: T}
            summary: {en: S, fr: S, sw: S}
            exam: {questions: 2, passMark: 70, timeLimitMinutes: 10, attempts: 2, perModule: {1: 2}}
            modules:
              - number: 1
                slug: intro
                title: {en: Intro, fr: Intro, sw: Utangulizi}
                lessons: [01-first]
                quiz: {questions: 2}
            """;

    static final String QUESTIONS = """
            - id: m1-q01
              type: true-false
              text: {en: "Q?", fr: "Q ?", sw: "Swali?"}
              answer: true
              explanation: {en: E, fr: E, sw: E}
            - id: m1-q02
              type: single
              text: {en: "Q?", fr: "Q ?", sw: "Swali?"}
              options:
                - {text: {en: a, fr: a, sw: a}, correct: true}
                - {text: {en: b, fr: b, sw: b}, correct: false}
              explanation: {en: E, fr: E, sw: E}
            """;

    static Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        files.put("course.yaml", COURSE);
        files.put("modules/01-intro/01-first.en.md", "# First\n\nBody.");
        files.put("modules/01-intro/01-first.fr.md", "# Premier\n\nTexte.");
        files.put("modules/01-intro/questions.yaml", QUESTIONS);
        return files;
    }

    static Course load(Map<String, String> files) {
        return new CourseLoader().load("demo", path -> Optional.ofNullable(files.get(path)));
    }

    static List<String> problems(Map<String, String> files) {
        try {
            load(files);
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("content was accepted");
    }

    @Test
    void everyCourseOnTheClasspathIsValid() {
        var courses = CourseCatalog.loadAll();
        assertThat(courses).extracting(Course::id).contains("cluster-development", "test-course");
        assertThat(courses).allSatisfy(c -> assertThat(c.questions()).isNotEmpty());
    }

    @Test
    void validContentLoadsWithMissingTranslationAsWarningOnly() {
        var loader = new CourseLoader();
        Course course = loader.load("demo", path -> Optional.ofNullable(files().get(path)));
        assertThat(course.modules()).hasSize(1);
        assertThat(course.module(1).orElseThrow().lessons().getFirst().translated("sw"))
                .isFalse();
        assertThat(loader.warnings()).anyMatch(w -> w.contains("modules/01-intro/01-first.sw.md"));
        assertThat(course.checksum()).hasSize(64);
    }

    @Test
    void missingSwahiliTextNamesFileQuestionAndField() {
        var files = files();
        files.put("modules/01-intro/questions.yaml", QUESTIONS.replaceFirst("sw: \"Swali\\?\"", "sx: x"));
        assertThat(problems(files))
                .anyMatch(p -> p.equals("modules/01-intro/questions.yaml: m1-q01: text.sw: missing Swahili text"))
                .anyMatch(p -> p.startsWith("modules/01-intro/questions.yaml: m1-q01: text.sx: unknown key"));
    }

    @Test
    void singleChoiceNeedsExactlyOneCorrectOption() {
        var files = files();
        files.put("modules/01-intro/questions.yaml", QUESTIONS.replace("correct: false", "correct: true"));
        assertThat(problems(files))
                .contains("modules/01-intro/questions.yaml: m1-q02: options: a single-choice question needs exactly one"
                        + " correct option, found 2");
    }

    @Test
    void unknownTypeDuplicateIdAndMissingExplanationAreReported() {
        var files = files();
        files.put(
                "modules/01-intro/questions.yaml",
                QUESTIONS
                        .replace("type: true-false", "type: essay")
                        .replace("id: m1-q02", "id: m1-q01")
                        .replaceFirst("  explanation: \\{en: E, fr: E, sw: E}\\n- id", "- id"));
        assertThat(problems(files))
                .anyMatch(p -> p.contains("m1-q01: type: 'essay' is not one of"))
                .anyMatch(p -> p.contains("m1-q01: explanation: missing"));
        files.put("modules/01-intro/questions.yaml", QUESTIONS.replace("id: m1-q02", "id: m1-q01"));
        assertThat(problems(files))
                .contains("modules/01-intro/questions.yaml: m1-q01: id: is used by another question of the course");
    }

    @Test
    void numericAndShortAnswerFieldsAreChecked() {
        var files = files();
        files.put("modules/01-intro/questions.yaml", QUESTIONS + """
                - id: m1-q03
                  type: numeric
                  text: {en: "Q?", fr: "Q ?", sw: "Swali?"}
                  number: "many"
                  tolerance: -1
                  explanation: {en: E, fr: E, sw: E}
                - id: m1-q04
                  type: short-answer
                  text: {en: "Q?", fr: "Q ?", sw: "Swali?"}
                  accepted: {en: [LQ], fr: [], sw: [LQ]}
                  explanation: {en: E, fr: E, sw: E}
                """);
        assertThat(problems(files))
                .contains("modules/01-intro/questions.yaml: m1-q03: number: must be a number, found 'many'")
                .contains("modules/01-intro/questions.yaml: m1-q03: tolerance: must not be negative, found -1.0")
                .contains("modules/01-intro/questions.yaml: m1-q04: accepted.fr: needs at least one accepted answer");
    }

    @Test
    void lessonWithoutTitleMissingEnglishAndBadExamPlanAreReported() {
        var files = files();
        files.put("modules/01-intro/01-first.fr.md", "Pas de titre\n\nTexte.");
        files.remove("modules/01-intro/01-first.en.md");
        files.put("course.yaml", COURSE.replace("perModule: {1: 2}", "perModule: {1: 3}"));
        assertThat(problems(files))
                .contains("modules/01-intro/01-first.fr.md: 01-first: title: the first line must be '# Title'")
                .contains("modules/01-intro/01-first.en.md: 01-first: missing (the English lesson file is required)")
                .contains("course.yaml: exam.perModule.1: draws 3 questions but module 1's bank has only 2");
    }

    @Test
    void missingBankAndBrokenYamlAreReported() {
        var files = files();
        files.remove("modules/01-intro/questions.yaml");
        assertThat(problems(files)).anyMatch(p -> p.startsWith("modules/01-intro/questions.yaml: missing"));
        files.put("modules/01-intro/questions.yaml", "- id: [unclosed");
        assertThat(problems(files)).anyMatch(p -> p.startsWith("modules/01-intro/questions.yaml: not valid YAML"));
    }

    @Test
    void exerciseTableIsValidatedAndLqComputed() {
        var files = files();
        files.put("modules/01-intro/exercise.yaml", """
                exercises:
                  - id: m1-lq
                    type: location-quotient
                    title: {en: LQ, fr: QL, sw: LQ}
                    regions: [A, B]
                    industries: [{en: X, fr: X, sw: X}, {en: Y, fr: Y, sw: Y}]
                    values: [[30, 70], [20, 80]]
                    ask: {region: A, industry: 1}
                """);
        LqExercise ex =
                (LqExercise) load(files).module(1).orElseThrow().exercises().getFirst();
        // (30/100) / (50/200) = 1.2
        assertThat(ex.answer()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ex.accepts(1.205)).isTrue();
        assertThat(ex.accepts(1.25)).isFalse();
        files.put(
                "modules/01-intro/exercise.yaml",
                files.get("modules/01-intro/exercise.yaml")
                        .replace("[20, 80]", "[20]")
                        .replace("region: A", "region: Z"));
        assertThat(problems(files))
                .contains("modules/01-intro/exercise.yaml: m1-lq: values[2]: needs one number per industry (2)")
                .contains("modules/01-intro/exercise.yaml: m1-lq: ask.region: 'Z' is not one of the regions");
    }
}

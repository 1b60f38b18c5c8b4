package org.clusterworks.learning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every question type is graded on the server, with partial credit, wrong answers and bad input. */
class GraderTest {

    static final Course COURSE = CourseCatalogFixture.testCourse();

    static Question question(String key) {
        return COURSE.questions().stream()
                .filter(q -> q.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static double grade(String key, String... answer) {
        return Grader.grade(question(key), Arrays.asList(answer)).score();
    }

    @Test
    void singleChoiceScoresOnlyTheCorrectOption() {
        assertThat(grade("tc-q01", "0")).isEqualTo(1.0);
        assertThat(grade("tc-q01", "1")).isEqualTo(0.0);
        assertThat(grade("tc-q01", "0", "1")).isEqualTo(0.0);
        assertThat(grade("tc-q01")).isEqualTo(0.0);
        assertThat(grade("tc-q01", "99")).isEqualTo(0.0);
        assertThat(grade("tc-q01", "x")).isEqualTo(0.0);
    }

    @Test
    void multipleChoiceGivesPartialCreditAndPenalisesWrongTicks() {
        assertThat(grade("tc-q02", "0", "1")).isEqualTo(1.0);
        assertThat(grade("tc-q02", "0")).isEqualTo(0.5);
        assertThat(grade("tc-q02", "0", "2")).isEqualTo(0.0);
        assertThat(grade("tc-q02", "0", "1", "2")).isEqualTo(0.5);
        assertThat(grade("tc-q02", "2")).isEqualTo(0.0);
        assertThat(Grader.grade(question("tc-q02"), List.of("0", "1")).correct())
                .isTrue();
    }

    @Test
    void trueFalseComparesTheBoolean() {
        assertThat(grade("tc-q03", "false")).isEqualTo(1.0);
        assertThat(grade("tc-q03", "true")).isEqualTo(0.0);
        assertThat(grade("tc-q03", "maybe")).isEqualTo(0.0);
    }

    @Test
    void numericAcceptsToleranceAndDecimalCommaAndRejectsNonNumbers() {
        assertThat(grade("tc-q04", "4")).isEqualTo(1.0);
        assertThat(grade("tc-q04", "4,005")).isEqualTo(1.0);
        assertThat(grade("tc-q04", " 3.995 ")).isEqualTo(1.0);
        assertThat(grade("tc-q04", "4.02")).isEqualTo(0.0);
        assertThat(grade("tc-q04")).isEqualTo(0.0);
        assertThatThrownBy(() -> grade("tc-q04", "four"))
                .isInstanceOf(Grader.AnswerException.class)
                .hasMessage("Question tc-q04: 'four' is not a number");
    }

    @Test
    void matchingScoresTheShareOfPairs() {
        assertThat(grade("tc-q05", "0", "1", "2")).isEqualTo(1.0);
        assertThat(grade("tc-q05", "0", "2", "1")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grade("tc-q05", "", "1", "")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grade("tc-q05", "1", "2", "0")).isEqualTo(0.0);
    }

    @Test
    void shortAnswerIgnoresCaseAccentsAndSpacesInAnyLanguage() {
        assertThat(grade("tc-q06", "Location   Quotient")).isEqualTo(1.0);
        assertThat(grade("tc-q06", "lq.")).isEqualTo(1.0);
        assertThat(grade("tc-q06", "QUOTIENT DE LOCALISATION")).isEqualTo(1.0);
        assertThat(grade("tc-q06", "kigawo cha eneo")).isEqualTo(1.0);
        assertThat(grade("tc-q06", "location")).isEqualTo(0.0);
        assertThat(Grader.normalise(" Quotíent  DE ")).isEqualTo("quotient de");
    }

    @Test
    void everyQuestionOfEveryShippedCourseCanBeAnsweredCorrectly() {
        for (Course course : org.clusterworks.learning.engine.CourseCatalog.loadAll()) {
            for (Question q : course.questions()) {
                assertThat(Grader.grade(q, Grader.correctAnswer(q)).score())
                        .as(course.id() + " " + q.key())
                        .isEqualTo(1.0);
            }
        }
    }
}

package org.clusterworks.surveys.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static boolean eval(String expr, Map<String, String> answers) {
        return Expression.parse(expr).test(answers::get, null);
    }

    @Test
    void comparesAnEarlierAnswerWithText() {
        assertThat(eval("${q1} = 'yes'", Map.of("q1", "yes"))).isTrue();
        assertThat(eval("${q1} = 'yes'", Map.of("q1", "no"))).isFalse();
        assertThat(eval("${q1} != 'yes'", Map.of())).isTrue();
        assertThat(eval("${q1} = \"yes\"", Map.of("q1", "yes"))).isTrue();
    }

    @Test
    void selectedLooksForOneChoiceAmongSpaceSeparatedNames() {
        Map<String, String> a = Map.of("q2", "water roads power");
        assertThat(eval("selected(${q2}, 'roads')", a)).isTrue();
        assertThat(eval("selected(${q2}, 'road')", a)).isFalse();
        assertThat(eval("count-selected(${q2}) = 3", a)).isTrue();
        assertThat(eval("selected(${q3}, 'x')", a)).isFalse();
    }

    @Test
    void combinesWithAndOrNotFollowingPrecedence() {
        Map<String, String> a = Map.of("a", "1", "b", "2");
        assertThat(eval("${a} = 1 or ${b} = 1 and ${b} = 3", a)).isTrue();
        assertThat(eval("(${a} = 1 or ${b} = 1) and ${b} = 3", a)).isFalse();
        assertThat(eval("not(${a} = 1)", a)).isFalse();
        assertThat(eval("not(${a} = 2) and not(selected(${b}, '3'))", a)).isTrue();
    }

    @Test
    void comparesNumbersNumericallyAndTreatsEmptyAsNotANumber() {
        assertThat(eval("${n} > 9", Map.of("n", "10"))).isTrue(); // as strings "10" < "9"
        assertThat(eval("${n} >= 10.5", Map.of("n", "10"))).isFalse();
        assertThat(eval("${n} > 3", Map.of())).isFalse();
        assertThat(eval("${n} <= 3", Map.of())).isFalse();
        assertThat(eval("${n} + 2 * 3 = 16", Map.of("n", "10"))).isTrue();
        assertThat(eval("${n} div 4 = 2.5", Map.of("n", "10"))).isTrue();
        assertThat(eval("${n} mod 4 = 2", Map.of("n", "10"))).isTrue();
        assertThat(eval("-${n} < 0", Map.of("n", "10"))).isTrue();
    }

    @Test
    void aConstraintReadsTheAnswerBeingValidatedAsDot() {
        Expression range = Expression.parse(". >= 0 and . <= 100");
        assertThat(range.test(k -> null, "55")).isTrue();
        assertThat(range.test(k -> null, "101")).isFalse();
        assertThat(range.test(k -> null, "-1")).isFalse();
        assertThat(range.test(k -> null, "abc")).isFalse();
        assertThat(Expression.parse("string-length(.) <= 5").test(k -> null, "abcdef"))
                .isFalse();
        assertThat(Expression.parse(". <= ${total}").test(Map.of("total", "8")::get, "9"))
                .isFalse();
    }

    @Test
    void listsTheQuestionsItReads() {
        assertThat(Expression.parse("${a} = 1 and selected(${b}, 'x') or ${a} > 2")
                        .references())
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void refusesWhatItDoesNotUnderstandWithThePosition() {
        assertThatThrownBy(() -> Expression.parse("${a} = 'yes"))
                .isInstanceOf(Expression.Invalid.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> Expression.parse("regex(${a}, '.*')"))
                .hasMessageContaining("unsupported function 'regex()'")
                .hasMessageContaining("character 1");
        assertThatThrownBy(() -> Expression.parse("${a} = yes")).hasMessageContaining("unexpected word 'yes'");
        assertThatThrownBy(() -> Expression.parse("${a} = 1 )")).hasMessageContaining("character 10");
        assertThatThrownBy(() -> Expression.parse("selected(${a})")).hasMessageContaining("takes 2 arguments");
        assertThatThrownBy(() -> Expression.parse("(".repeat(100) + "1" + ")".repeat(100)))
                .hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> Expression.parse("${a} && ${b}")).hasMessageContaining("unexpected character '&'");
    }
}

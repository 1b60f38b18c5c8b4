package org.clusterworks.monitoring.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private static final Map<String, Double> V = Map.of("EXPORTS", 4_750_000.0, "FIRMS", 11.0, "A", 2.0, "B", 3.0);

    @Test
    void followsTheUsualPrecedenceAndParentheses() {
        assertThat(Formula.parse("1 + 2 * 3").evaluate(V)).isEqualTo(7.0);
        assertThat(Formula.parse("(1 + 2) * 3").evaluate(V)).isEqualTo(9.0);
        assertThat(Formula.parse("10 - 4 - 3").evaluate(V)).isEqualTo(3.0);
        assertThat(Formula.parse("24 / 4 / 3").evaluate(V)).isEqualTo(2.0);
        assertThat(Formula.parse("-A * -B").evaluate(V)).isEqualTo(6.0);
        assertThat(Formula.parse("2 * -(A + B)").evaluate(V)).isEqualTo(-10.0);
    }

    @Test
    void computesOverIndicatorCodesCaseInsensitively() {
        Formula f = Formula.parse("exports / Firms");
        assertThat(f.codes()).containsExactly("EXPORTS", "FIRMS");
        assertThat(f.evaluate(V)).isCloseTo(4_750_000.0 / 11.0, within(1e-9));
        assertThat(Formula.parse("100 * A / (A + B)").evaluate(V)).isCloseTo(40.0, within(1e-12));
        assertThat(Formula.parse("0.5*A+1.25").evaluate(V)).isEqualTo(2.25);
    }

    @Test
    void aMissingValueOrAZeroDivisorNamesTheCulprit() {
        Map<String, Double> v = new HashMap<>(V);
        v.put("ZERO", 0.0);
        assertThatThrownBy(() -> Formula.parse("A / ZERO").evaluate(v))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("ZERO");
        assertThatThrownBy(() -> Formula.parse("A + MISSING").evaluate(v))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("MISSING has no value");
    }

    @Test
    void badFormulasAreRefusedWithThePosition() {
        assertThatThrownBy(() -> Formula.parse("A +")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Formula.parse("(A + B")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Formula.parse("A $ B"))
                .isInstanceOf(Formula.Invalid.class)
                .hasMessageContaining("unexpected '$' at character 3");
        assertThatThrownBy(() -> Formula.parse("1.2.3")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Formula.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Formula.parse("A B")).hasMessageContaining("unexpected 'B'");
        assertThatThrownBy(() -> Formula.parse("Runtime.exec('rm')")).isInstanceOf(Formula.Invalid.class);
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "-".repeat(5000) + "1";
        assertThatThrownBy(() -> Formula.parse(deep.substring(0, 999))).isInstanceOf(Formula.Invalid.class);
        assertThatThrownBy(() -> Formula.parse("(".repeat(500) + "1" + ")".repeat(500)))
                .isInstanceOf(Formula.Invalid.class);
    }
}

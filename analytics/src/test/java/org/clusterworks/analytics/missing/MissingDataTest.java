package org.clusterworks.analytics.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.junit.jupiter.api.Test;

class MissingDataTest {

    @Test
    void cbpFlagsBecomeClassMidpointsAndTheOpenClassItsLowerBound() {
        CbpSuppressionImputer imputer = new CbpSuppressionImputer();

        assertThat(imputer.valueOf("A")).isEqualTo(10);
        assertThat(imputer.valueOf("b")).isEqualTo(60);
        assertThat(imputer.valueOf("C")).isEqualTo(175);
        assertThat(imputer.valueOf("E")).isEqualTo(375);
        assertThat(imputer.valueOf("G")).isEqualTo(1750);
        assertThat(imputer.valueOf("L")).isEqualTo(75000);
        assertThat(imputer.valueOf("M")).isEqualTo(100000);
        assertThat(new CbpSuppressionImputer(150_000).valueOf("M")).isEqualTo(150000);
        assertThatThrownBy(() -> imputer.valueOf("D")).hasMessageContaining("unknown CBP employment-size flag 'D'");
    }

    @Test
    void onlyFlaggedCellsAreImputedAndReported() {
        CbpSuppressionImputer.Result r = new CbpSuppressionImputer()
                .impute(
                        new double[] {0, 42, 0},
                        new String[] {"B", "", "A"},
                        new String[] {"01001", "01001", "01003"},
                        new String[] {"336411", "336412", "336411"});

        assertThat(r.employment()).containsExactly(60, 42, 10);
        assertThat(r.report().countByRule()).containsExactly(Map.entry("CBP flag A", 1), Map.entry("CBP flag B", 1));
        assertThat(r.report().total()).isEqualTo(70);
        assertThat(r.report().cells().get(0).industry()).isEqualTo("336411");
    }

    @Test
    void topDownFillDistributesTheRemainderByTheReferenceStructure() {
        // division 01 has classes 01.11 (known 30), 01.12 and 01.13 (missing); the region's division total is 100
        LabelledMatrix classes = new LabelledMatrix(
                new String[] {"r"}, new String[] {"01.11", "01.12", "01.13"}, new double[] {30, Double.NaN, Double.NaN
                });
        LabelledMatrix divisions = new LabelledMatrix(new String[] {"r"}, new String[] {"01"}, new double[] {100});
        TopDownFill fill = new TopDownFill(
                Map.of("01.11", "01", "01.12", "01", "01.13", "01"),
                Map.of("01.11", 500.0, "01.12", 300.0, "01.13", 100.0));

        TopDownFill.Result r = fill.fill(classes, divisions);

        assertThat(r.filled().values()).containsExactly(30, 52.5, 17.5);
        assertThat(r.report().total()).isCloseTo(70, within(1e-12));
        double sum =
                r.filled().values()[0] + r.filled().values()[1] + r.filled().values()[2];
        assertThat(sum).isEqualTo(100);
    }

    @Test
    void childrenExceedingTheParentAreReportedAndMissingSetToZero() {
        LabelledMatrix classes =
                new LabelledMatrix(new String[] {"r"}, new String[] {"a1", "a2"}, new double[] {120, Double.NaN});
        LabelledMatrix parents = new LabelledMatrix(new String[] {"r"}, new String[] {"a"}, new double[] {100});

        TopDownFill.Result r = new TopDownFill(Map.of("a1", "a", "a2", "a"), Map.of()).fill(classes, parents);

        assertThat(r.filled().values()).containsExactly(120, 0);
        assertThat(r.report().problems()).singleElement().asString().contains("exceed the parent total by 20");
    }

    @Test
    void withoutReferenceWeightTheRemainderIsSplitEqually() {
        LabelledMatrix classes = new LabelledMatrix(
                new String[] {"r"}, new String[] {"a1", "a2", "a3"}, new double[] {Double.NaN, 10, Double.NaN});
        LabelledMatrix parents = new LabelledMatrix(new String[] {"r"}, new String[] {"a"}, new double[] {50});

        TopDownFill.Result r =
                new TopDownFill(Map.of("a1", "a", "a2", "a", "a3", "a"), Map.of("a2", 7.0)).fill(classes, parents);

        assertThat(r.filled().values()).containsExactly(20, 10, 20);
    }
}

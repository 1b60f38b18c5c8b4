package org.clusterworks.analytics.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusterworks.analytics.core.LabelledMatrix;
import org.junit.jupiter.api.Test;

class PanelBuilderTest {

    @Test
    void crossSectionHasAllRegionsAndIndustriesInCodeOrderWithAbsentCellsZero() {
        Panel panel = Panel.builder("employment")
                .add("02", "b", 2020, 5)
                .add("01", "a", 2020, 3)
                .add("01", "b", 2021, 7)
                .build();

        LabelledMatrix m = panel.crossSection(2020, "employment");

        assertThat(m.rowCodes()).containsExactly("01", "02");
        assertThat(m.columnCodes()).containsExactly("a", "b");
        assertThat(m.values()).containsExactly(3, 0, 0, 5);
        assertThat(panel.crossSection(2021, "employment").values()).containsExactly(0, 7, 0, 0);
        assertThat(panel.cellCount()).isEqualTo(3);
        assertThat(panel.years()).containsExactly(2020, 2021);
    }

    @Test
    void codesKeepLeadingZerosAsText() {
        Panel panel = Panel.builder("x").add("001", "0111", 1, 1).build();

        assertThat(panel.regions()).containsExactly("001");
        assertThat(panel.industries()).containsExactly("0111");
    }

    @Test
    void duplicateCellIsAnErrorNamingBothRows() {
        PanelBuilder builder =
                Panel.builder("x").add("r", "i", 1, 1).add("s", "i", 1, 1).add("r", "i", 1, 2);

        assertThatThrownBy(builder::build)
                .isInstanceOf(PanelInputException.class)
                .hasMessageContaining("(r, i, 1)")
                .hasMessageContaining("row 3")
                .hasMessageContaining("also row 1")
                .extracting(e -> ((PanelInputException) e).row())
                .isEqualTo(3L);
    }

    @Test
    void sumDuplicatesAddsTheValues() {
        Panel panel = Panel.builder("x", "y")
                .sumDuplicates(true)
                .add("r", "i", 1, 1, 10)
                .add("r", "i", 1, 2, 20)
                .build();

        assertThat(panel.cellCount()).isEqualTo(1);
        assertThat(panel.value(0, 0)).isEqualTo(3);
        assertThat(panel.value(1, 0)).isEqualTo(30);
    }

    @Test
    void negativeOrInfiniteValueIsRejectedWithRowAndMeasure() {
        PanelBuilder builder = Panel.builder("employment", "establishments").add("r", "i", 1, 1, 1);

        assertThatThrownBy(() -> builder.add("r", "j", 1, 1, -2))
                .isInstanceOf(PanelInputException.class)
                .satisfies(e -> {
                    assertThat(((PanelInputException) e).row()).isEqualTo(2);
                    assertThat(((PanelInputException) e).column()).isEqualTo("establishments");
                });
        assertThatThrownBy(() -> builder.add("r", "j", 1, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(PanelInputException.class)
                .hasMessageContaining("not finite");
    }

    @Test
    void missingValueIsKeptAsNaN() {
        Panel panel = Panel.builder("x").add("r", "i", 1, Double.NaN).build();

        assertThat(panel.crossSection(1, "x").values()[0]).isNaN();
    }

    @Test
    void manyRowsInShuffledOrderComeOutSortedByYearRegionIndustry() {
        PanelBuilder builder = Panel.builder("x");
        java.util.Random random = new java.util.Random(7);
        int[] perm = java.util.stream.IntStream.range(0, 3 * 40 * 30).toArray();
        for (int i = perm.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int p : perm) {
            int y = p / 1200;
            int r = (p / 30) % 40;
            int i = p % 30;
            builder.add(String.format("R%02d", r), String.format("I%02d", i), 2000 + y, p);
        }

        Panel panel = builder.build();

        for (int cell = 0; cell < panel.cellCount(); cell++) {
            assertThat(panel.value(0, cell)).isEqualTo(cell);
            assertThat(panel.yearOf(cell)).isEqualTo(2000 + cell / 1200);
        }
        assertThat(panel.firstCell(1)).isEqualTo(1200);
        assertThat(panel.crossSection(2002, "x").get(39, 29)).isEqualTo(3599);
    }
}

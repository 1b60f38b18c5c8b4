package org.clusterworks.analytics.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.testing.Fixtures;
import org.clusterworks.analytics.testing.Stats;
import org.junit.jupiter.api.Test;

class BalassaRcaTest {

    private static final LabelledMatrix FIXTURE = Fixtures.pivot(
            Fixtures.csv("/fixtures/rca-fixture/fixture_exports.csv"),
            "Exporter Country ID",
            "Section ID",
            "Trade Value");

    private static double[] column(LabelledMatrix m, String code) {
        int c = Arrays.asList(m.columnCodes()).indexOf(code);
        double[] v = new double[m.rows()];
        for (int r = 0; r < v.length; r++) {
            v[r] = m.get(r, c);
        }
        return v;
    }

    /** Published by py-economic-complexity tests/test_rca.py (pandas describe(), rounded to 6 decimals). */
    @Test
    void reproducesThePublishedStatisticsOfSectionOne() {
        double[] s1 = column(new BalassaRca().compute(FIXTURE), "1");
        assertThat(s1).hasSize(226);
        assertDescribe(s1, 3.484895, 8.261088, 0, 0.129100, 0.718371, 2.165564, 47.724923);
    }

    @Test
    void reproducesThePublishedStatisticsOfSectionNine() {
        double[] s9 = column(new BalassaRca().compute(FIXTURE), "9");
        assertDescribe(s9, 1.959028, 6.469812, 0, 0.040933, 0.267903, 1.264129, 75.963223);
    }

    private static void assertDescribe(
            double[] v, double mean, double sd, double min, double q25, double q50, double q75, double max) {
        var rounding = within(5e-7);
        assertThat(Stats.mean(v)).isCloseTo(mean, rounding);
        assertThat(Stats.sampleSd(v)).isCloseTo(sd, rounding);
        assertThat(Stats.quantile(v, 0)).isCloseTo(min, rounding);
        assertThat(Stats.quantile(v, 0.25)).isCloseTo(q25, rounding);
        assertThat(Stats.quantile(v, 0.5)).isCloseTo(q50, rounding);
        assertThat(Stats.quantile(v, 0.75)).isCloseTo(q75, rounding);
        assertThat(Stats.quantile(v, 1)).isCloseTo(max, rounding);
    }

    @Test
    void computesTheShareRatioOnAHandExample() {
        // x = [[1, 3], [2, 2]]: x_c = (4, 4), x_p = (3, 5), x = 8 -> RCA_00 = (1/4)/(3/8) = 2/3.
        LabelledMatrix x =
                new LabelledMatrix(new String[] {"a", "b"}, new String[] {"p", "q"}, new double[] {1, 3, 2, 2});
        LabelledMatrix rca = new BalassaRca().compute(x);
        assertThat(rca.values()).containsExactly(new double[] {2.0 / 3, 6.0 / 5, 4.0 / 3, 4.0 / 5}, within(1e-15));
    }

    @Test
    void marksRegionsAndIndustriesWithoutActivityAsUndefined() {
        LabelledMatrix x =
                new LabelledMatrix(new String[] {"a", "b"}, new String[] {"p", "q"}, new double[] {0, 0, 2, 0});
        LabelledMatrix rca = new BalassaRca().compute(x);
        assertThat(rca.get(0, 0)).isNaN();
        assertThat(rca.get(1, 1)).isNaN();
        assertThat(rca.get(1, 0)).isEqualTo(1.0);
    }

    @Test
    void rejectsNegativeActivity() {
        LabelledMatrix x = new LabelledMatrix(new String[] {"a"}, new String[] {"p", "q"}, new double[] {1, -1});
        assertThatThrownBy(() -> new BalassaRca().compute(x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("industry q");
    }
}

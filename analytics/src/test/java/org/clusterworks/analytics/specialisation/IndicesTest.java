package org.clusterworks.analytics.specialisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.testing.Fixtures;
import org.clusterworks.analytics.testing.GermanLaender;
import org.junit.jupiter.api.Test;

/** Region and industry indices against src/test/python/germany_indices_reference.py, plus their properties. */
class IndicesTest {

    private static final LabelledMatrix GERMANY = GermanLaender.employment2015();

    /** Broad sectors of the WZ 2008 sections (the same grouping as the Python script). */
    private static final Map<String, Integer> SECTOR = Map.ofEntries(
            Map.entry("B", 0),
            Map.entry("C", 0),
            Map.entry("D", 0),
            Map.entry("E", 0),
            Map.entry("F", 1),
            Map.entry("G", 2),
            Map.entry("H", 2),
            Map.entry("I", 2),
            Map.entry("J", 3),
            Map.entry("K", 4),
            Map.entry("L", 5),
            Map.entry("M", 6),
            Map.entry("N", 6),
            Map.entry("P", 7),
            Map.entry("Q", 7),
            Map.entry("R", 8),
            Map.entry("S", 8));

    @Test
    void regionIndicesMatchIndependentComputation() {
        double[] krugman = new KrugmanSpecialisation().compute(GERMANY);
        double[] hoover = new HooverSpecialisation().compute(GERMANY);
        double[] herfindahl = new HerfindahlSpecialisation().compute(GERMANY);
        double[] gini = new GiniSpecialisation().compute(GERMANY);
        EntropyDecomposition.Variety[] variety = new EntropyDecomposition(sectors()).compute(GERMANY);
        List<String> regions = Arrays.asList(GERMANY.rowCodes());

        List<Map<String, String>> expected = Fixtures.read("expected/germany-2015-region-indices.csv");
        assertThat(expected).hasSize(16);
        for (Map<String, String> e : expected) {
            int r = regions.indexOf(e.get("region"));
            assertClose(krugman[r], e, "krugman");
            assertClose(hoover[r], e, "hoover");
            assertClose(herfindahl[r], e, "herfindahl");
            assertClose(gini[r], e, "gini");
            assertClose(variety[r].entropy(), e, "entropy");
            assertClose(variety[r].unrelatedVariety(), e, "unrelated_variety");
            assertClose(variety[r].relatedVariety(), e, "related_variety");
        }
    }

    @Test
    void industryIndicesMatchIndependentComputation() {
        double[] hoover = new HooverConcentration().compute(GERMANY);
        double[] herfindahl = new HerfindahlConcentration().compute(GERMANY);
        double[] gini = new GiniConcentration().compute(GERMANY);
        double[] locational = new LocationalGini().compute(GERMANY);
        List<String> industries = Arrays.asList(GERMANY.columnCodes());

        List<Map<String, String>> expected = Fixtures.read("expected/germany-2015-industry-indices.csv");
        assertThat(expected).hasSize(17);
        for (Map<String, String> e : expected) {
            int c = industries.indexOf(e.get("industry"));
            assertClose(hoover[c], e, "hoover");
            assertClose(herfindahl[c], e, "herfindahl");
            assertClose(gini[c], e, "gini");
            assertClose(locational[c], e, "locational_gini");
        }
    }

    @Test
    void unrelatedPlusRelatedVarietyIsTotalEntropy() {
        for (EntropyDecomposition.Variety v : new EntropyDecomposition(sectors()).compute(GERMANY)) {
            assertThat(v.unrelatedVariety() + v.relatedVariety()).isCloseTo(v.entropy(), within(1e-12));
        }
    }

    @Test
    void krugmanIsWithinZeroAndTwoAndReachesTheBounds() {
        assertThat(Arrays.stream(new KrugmanSpecialisation().compute(GERMANY))
                        .boxed()
                        .toList())
                .allSatisfy(k -> assertThat(k).isBetween(0.0, 2.0));
        // two regions fully specialised in different industries: maximal dissimilarity from the reference
        LabelledMatrix polar = new LabelledMatrix(
                new String[] {"r", "s"}, new String[] {"a", "b", "c"}, new double[] {1, 0, 0, 0, 1e9, 0});
        assertThat(new KrugmanSpecialisation().compute(polar)[0]).isCloseTo(2.0, within(1e-8));
        LabelledMatrix same =
                new LabelledMatrix(new String[] {"r", "s"}, new String[] {"a", "b"}, new double[] {1, 3, 2, 6});
        assertThat(new KrugmanSpecialisation().compute(same)).containsExactly(0.0, 0.0);
    }

    @Test
    void giniIsInZeroOneAndZeroForEqualValues() {
        assertThat(Arrays.stream(new GiniSpecialisation().compute(GERMANY))
                        .boxed()
                        .toList())
                .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(0.0).isLessThan(1.0));
        assertThat(Arrays.stream(new LocationalGini().compute(GERMANY)).boxed().toList())
                .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(0.0).isLessThan(1.0));
        LabelledMatrix flat = new LabelledMatrix(new String[] {"r"}, new String[] {"a", "b"}, new double[] {4, 4});
        assertThat(new GiniSpecialisation().compute(flat)).containsExactly(0.0);
        LabelledMatrix one = new LabelledMatrix(new String[] {"r"}, new String[] {"a", "b"}, new double[] {4, 0});
        assertThat(new GiniSpecialisation().compute(one)[0]).isEqualTo(0.5); // 1 - 1/n
    }

    private static int[] sectors() {
        return Arrays.stream(GERMANY.columnCodes())
                .mapToInt(code -> SECTOR.get(code.substring(code.indexOf('-') + 1)))
                .toArray();
    }

    private static void assertClose(double actual, Map<String, String> expected, String column) {
        assertThat(actual)
                .as(column + " " + expected)
                .isCloseTo(Double.parseDouble(expected.get(column)), within(1e-9));
    }
}

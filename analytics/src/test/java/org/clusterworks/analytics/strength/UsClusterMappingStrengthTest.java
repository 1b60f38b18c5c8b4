package org.clusterworks.analytics.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.clusterworks.analytics.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Compares the engine with the independent pandas computation in src/test/python/us_strength_reference.py. */
class UsClusterMappingStrengthTest {

    private static final String FIXTURE = "fixtures/us-states-clusters-2016/";

    @Test
    void usStatesWithSumOverStatesAsReferenceMatchPandas() {
        assertMatches(null, "expected/us-states-2016-strength-sum.csv");
    }

    @Test
    void usStatesWithPublishedNationalTotalsMatchPandas() {
        assertMatches(FIXTURE + "us_national_clusters_2016.csv", "expected/us-states-2016-strength-national.csv");
    }

    @Test
    void regionsInTheBottomSizeQuartileAreNeverFlagged() {
        LabelledMatrix emp = new LabelledMatrix(
                new String[] {"a", "b", "c", "d"}, new String[] {"t"}, new double[] {10, 20, 30, 40});
        LabelledMatrix est =
                new LabelledMatrix(new String[] {"a", "b", "c", "d"}, new String[] {"t"}, new double[] {1, 2, 3, 4});

        StrengthResult r = new UsClusterMappingStrength(StrengthRules.usClusterMapping())
                .evaluate(emp, est, new boolean[] {true}, null);

        // one traded cluster only: every region's LQ is exactly 1, so no region exceeds the LQ quartiles
        assertThat(r.lq().values()).containsOnly(1.0);
        assertThat(r.qualifying()).containsOnly(false);
        // strong: lq (1) >= Q75 (1) and >= 1; a is at or below the 25th percentile of employment (17.5)
        assertThat(r.strong()).containsExactly(false, true, true, true);
        assertThat(r.clusterStrength()).containsExactly(0, 1, 1, 1);
    }

    private static void assertMatches(String reference, String expectedFile) {
        List<Map<String, String>> rows = Fixtures.read(FIXTURE + "us_states_clusters_2016.csv");
        PanelBuilder builder = Panel.builder("employment", "establishments");
        Map<String, Boolean> traded = new HashMap<>();
        for (Map<String, String> row : rows) {
            builder.add(
                    row.get("state_fips"),
                    row.get("cluster_code"),
                    2016,
                    Double.parseDouble(row.get("employment")),
                    Double.parseDouble(row.get("establishments")));
            traded.put(row.get("cluster_code"), row.get("cluster_type").equals("traded"));
        }
        Panel panel = builder.build();
        List<String> clusters = panel.industries();
        boolean[] isTraded = new boolean[clusters.size()];
        for (int c = 0; c < isTraded.length; c++) {
            isTraded[c] = traded.get(clusters.get(c));
        }
        ReferenceTotals totals = reference == null ? null : national(reference, clusters);

        StrengthResult result = new UsClusterMappingStrength(StrengthRules.usClusterMapping())
                .evaluate(
                        panel.crossSection(2016, "employment"),
                        panel.crossSection(2016, "establishments"),
                        isTraded,
                        totals);

        List<Map<String, String>> expected = Fixtures.read(expectedFile);
        assertThat(expected).hasSize(3350);
        List<String> regions = panel.regions();
        int strongCount = 0;
        for (Map<String, String> e : expected) {
            int r = regions.indexOf(e.get("region"));
            int c = clusters.indexOf(e.get("cluster"));
            int k = r * clusters.size() + c;
            assertThat(result.lq().values()[k])
                    .as("lq %s/%s", e.get("region"), e.get("cluster"))
                    .isCloseTo(Double.parseDouble(e.get("lq")), within(1e-9));
            assertThat(result.clusterStrength()[r])
                    .isCloseTo(Double.parseDouble(e.get("region_cluster_strength")), within(1e-9));
            if (isTraded[c]) {
                String where = e.get("region") + "/" + e.get("cluster");
                assertThat(result.qualifying()[k]).as("qualifying " + where).isEqualTo(bool(e, "qualifying"));
                assertThat(result.significant()[k]).as("significant " + where).isEqualTo(bool(e, "significant"));
                assertThat(result.strong()[k]).as("strong " + where).isEqualTo(bool(e, "strong"));
                assertThat(result.strong10()[k]).as("strong10 " + where).isEqualTo(bool(e, "strong10"));
                strongCount += result.strong()[k] ? 1 : 0;
                StrengthResult.Category expectedCategory = bool(e, "strong10")
                        ? StrengthResult.Category.STRONG10
                        : bool(e, "strong")
                                ? StrengthResult.Category.STRONG
                                : bool(e, "significant")
                                        ? StrengthResult.Category.SIGNIFICANT
                                        : bool(e, "qualifying")
                                                ? StrengthResult.Category.QUALIFYING
                                                : StrengthResult.Category.NONE;
                assertThat(result.category(k)).isEqualTo(expectedCategory);
            } else {
                assertThat(e.get("strong")).isEmpty();
                assertThat(result.category(k)).isEqualTo(StrengthResult.Category.NOT_TRADED);
            }
        }
        assertThat(strongCount).isGreaterThan(100);
    }

    private static boolean bool(Map<String, String> row, String column) {
        return Boolean.parseBoolean(row.get(column));
    }

    private static ReferenceTotals national(String file, List<String> clusters) {
        double[] perCluster = new double[clusters.size()];
        double tradedTotal = 0;
        double localTotal = 0;
        for (Map<String, String> row : Fixtures.read(file)) {
            double e = Double.parseDouble(row.get("employment"));
            perCluster[clusters.indexOf(row.get("cluster"))] = e;
            if (row.get("type").equals("traded")) {
                tradedTotal += e;
            } else {
                localTotal += e;
            }
        }
        return new ReferenceTotals(perCluster, tradedTotal, localTotal);
    }
}

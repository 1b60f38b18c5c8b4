package org.clusterworks.analytics.specialisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.clusterworks.analytics.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Shift-share on German Laender employees 2008-2014 against src/test/python/germany_indices_reference.py. */
class ShiftShareTest {

    private static final Panel PANEL = laender();

    private static Panel laender() {
        PanelBuilder b = Panel.builder("emp");
        for (Map<String, String> row : Fixtures.read("fixtures/germany-laender/G_regions_emp.csv")) {
            String industry = row.get("industry");
            if (row.get("region").equals("Insgesamt")
                    || industry.equals("Insgesamt")
                    || industry.equals("Verarbeitendes Gewerbe (C)")) {
                continue; // totals and a sub-aggregate: keep the 10 disjoint sectors of the 16 Laender
            }
            b.add(
                    row.get("region"),
                    industry,
                    (int) Double.parseDouble(row.get("year")),
                    Double.parseDouble(row.get("emp")));
        }
        return b.build();
    }

    private static final ShiftShare.Result RESULT =
            ShiftShare.decompose(PANEL.crossSection(2008, "emp"), PANEL.crossSection(2014, "emp"));

    @Test
    void componentsMatchIndependentComputation() {
        List<String> regions = PANEL.regions();
        List<String> industries = PANEL.industries();
        List<Map<String, String>> expected = Fixtures.read("expected/germany-2008-2014-shift-share.csv");
        assertThat(expected).hasSize(160);
        for (Map<String, String> e : expected) {
            int r = regions.indexOf(e.get("region"));
            int c = industries.indexOf(e.get("industry"));
            assertClose(RESULT.nationalShare().get(r, c), e, "national_share");
            assertClose(RESULT.industryMix().get(r, c), e, "industry_mix");
            assertClose(RESULT.competitive().get(r, c), e, "competitive");
            assertClose(RESULT.homothetic().get(r, c), e, "homothetic");
            assertClose(RESULT.homotheticCompetitive().get(r, c), e, "em_competitive");
            assertClose(RESULT.allocation().get(r, c), e, "allocation");
        }
    }

    @Test
    void classicComponentsSumToTheActualChange() {
        double[] change = RESULT.change().values();
        for (int k = 0; k < change.length; k++) {
            double sum = RESULT.nationalShare().values()[k]
                    + RESULT.industryMix().values()[k]
                    + RESULT.competitive().values()[k];
            assertThat(sum).isCloseTo(change[k], within(1e-6));
        }
    }

    @Test
    void estebanMarquillasSplitsTheCompetitiveEffect() {
        double[] ce = RESULT.competitive().values();
        for (int k = 0; k < ce.length; k++) {
            assertThat(RESULT.homotheticCompetitive().values()[k]
                            + RESULT.allocation().values()[k])
                    .isCloseTo(ce[k], within(1e-6));
        }
    }

    @Test
    void cellWithoutBaseActivityPutsItsGrowthInTheCompetitiveEffect() {
        LabelledMatrix base = new LabelledMatrix(new String[] {"r", "s"}, new String[] {"a"}, new double[] {0, 10});
        LabelledMatrix last = new LabelledMatrix(new String[] {"r", "s"}, new String[] {"a"}, new double[] {5, 10});

        ShiftShare.Result r = ShiftShare.decompose(base, last);

        assertThat(r.competitive().get(0, 0)).isEqualTo(5);
        assertThat(r.nationalShare().get(0, 0) + r.industryMix().get(0, 0)).isZero();
        assertThat(Arrays.stream(r.competitive().values()).sum()
                        + Arrays.stream(r.nationalShare().values()).sum()
                        + Arrays.stream(r.industryMix().values()).sum())
                .isCloseTo(5, within(1e-12));
    }

    private static void assertClose(double actual, Map<String, String> expected, String column) {
        assertThat(actual)
                .as(column + " " + expected)
                .isCloseTo(Double.parseDouble(expected.get(column)), within(1e-6));
    }
}

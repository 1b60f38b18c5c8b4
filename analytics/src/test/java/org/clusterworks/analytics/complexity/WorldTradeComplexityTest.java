package org.clusterworks.analytics.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.testing.Fixtures;
import org.clusterworks.analytics.testing.Stats;
import org.junit.jupiter.api.Test;

/**
 * The engine against the independent numpy/pandas reference ({@code src/test/python/world_trade_reference.py}) on
 * 226 countries x 785 SITC4 products. Tolerances: RCA, fitness, PRODY/EXPY relative 1e-10 (same arithmetic, different
 * summation order); reflections absolute 1e-9; eigenvector ECI/PCI absolute 1e-8 (Lanczos versus LAPACK's dense eig).
 */
class WorldTradeComplexityTest {

    private static final String EXPECTED = Fixtures.WORLD + "expected/";
    private static final LabelledMatrix TRADE = Fixtures.worldTrade();
    private static final LabelledMatrix RCA = new BalassaRca().compute(TRADE);
    private static final PresenceMatrix MCP = PresenceRule.atLeast(1).apply(RCA);

    @Test
    void rcaMatchesTheReferenceInEveryCell() {
        Map<String, Integer> rows = Fixtures.index(RCA.rowCodes());
        Map<String, Integer> cols = Fixtures.index(RCA.columnCodes());
        int nonZero = 0;
        for (Map<String, String> r : Fixtures.csv(EXPECTED + "rca.csv.gz")) {
            double engine = RCA.get(rows.get(r.get("country")), cols.get(r.get("product")));
            double expected = Double.parseDouble(r.get("rca"));
            assertThat(engine).isCloseTo(expected, within(1e-10 * expected));
            nonZero++;
        }
        long zeros = java.util.Arrays.stream(RCA.values()).filter(v -> v == 0).count();
        assertThat(nonZero).isEqualTo(124_336);
        assertThat(zeros + nonZero).isEqualTo(226L * 785);
    }

    @Test
    void presenceMatrixHasExactlyTheReferenceCells() {
        Set<String> expected = new HashSet<>();
        for (Map<String, String> r : Fixtures.csv(EXPECTED + "mcp.csv")) {
            expected.add(r.get("country") + "|" + r.get("product"));
        }
        Set<String> engine = new HashSet<>();
        for (int r = 0; r < MCP.rows(); r++) {
            for (int c : MCP.industriesOf(r)) {
                engine.add(MCP.rowCode(r) + "|" + MCP.columnCode(c));
            }
        }
        assertThat(engine).hasSize(31_951).isEqualTo(expected);
    }

    @Test
    void eigenvectorEciAndPciMatchTheDenseEigendecomposition() {
        ComplexityScores s = new EigenvectorComplexity().compute(MCP);
        assertMatches(
                s.regionCodes(), s.regionScores(), EXPECTED + "eci_eigenvector.csv", "country", "eci", 1e-8, false);
        assertMatches(
                s.industryCodes(), s.industryScores(), EXPECTED + "pci_eigenvector.csv", "product", "pci", 1e-8, false);
    }

    @Test
    void reflectionsMatchTheReference() {
        ComplexityScores s = new ReflectionsComplexity().compute(MCP);
        assertMatches(
                s.regionCodes(), s.regionScores(), EXPECTED + "eci_reflections.csv", "country", "eci", 1e-9, false);
        assertMatches(
                s.industryCodes(), s.industryScores(), EXPECTED + "pci_reflections.csv", "product", "pci", 1e-9, false);
    }

    @Test
    void fitnessComplexityMatchesTheEconomiccomplexityConvention() {
        ComplexityScores s = new FitnessComplexity().compute(MCP);
        assertMatches(s.regionCodes(), s.regionScores(), EXPECTED + "fitness.csv", "country", "fitness", 1e-10, true);
        assertMatches(
                s.industryCodes(),
                s.industryScores(),
                EXPECTED + "complexity.csv",
                "product",
                "complexity",
                1e-10,
                true);
        assertThat(Stats.mean(s.regionScores())).isCloseTo(1.0, within(1e-12));
        assertThat(Stats.mean(s.industryScores())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void prodyAndExpyMatchTheReference() {
        ProdyExpy.Result r = new ProdyExpy()
                .compute(
                        TRADE,
                        Fixtures.vector(Fixtures.WORLD + "input_world_gdp_avg_1998_to_2000.csv", "country", "value"));
        assertMatches(r.industryCodes(), r.prody(), EXPECTED + "prody.csv", "product", "prody", 1e-10, true);
        assertMatches(r.regionCodes(), r.expy(), EXPECTED + "expy.csv", "country", "expy", 1e-10, true);
    }

    @Test
    void eciIsTheMeanPciOfTheRegionsIndustriesUnderTheGrowthLabNormalisation() {
        for (ComplexityMeasure measure :
                new ComplexityMeasure[] {new EigenvectorComplexity(), new ReflectionsComplexity()}) {
            ComplexityScores s = measure.compute(MCP);
            for (int r = 0; r < MCP.rows(); r++) {
                double sum = 0;
                for (int c : MCP.industriesOf(r)) {
                    sum += s.industry(c);
                }
                assertThat(s.region(r))
                        .as("%s %s", measure, MCP.rowCode(r))
                        .isCloseTo(sum / MCP.diversity(r), within(1e-12));
            }
            assertThat(Stats.mean(s.regionScores())).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void reflectionsAndEigenvectorRankRegionsAndIndustriesAlike() {
        ComplexityScores eig = new EigenvectorComplexity().compute(MCP);
        ComplexityScores ref = new ReflectionsComplexity().compute(MCP);
        assertThat(Stats.spearman(eig.regionScores(), ref.regionScores())).isGreaterThan(0.999);
        assertThat(Stats.spearman(eig.industryScores(), ref.industryScores())).isGreaterThan(0.999);
    }

    @Test
    void eciCorrelatesPositivelyWithDiversity() {
        ComplexityScores eig = new EigenvectorComplexity().compute(MCP);
        double[] diversity =
                java.util.Arrays.stream(MCP.diversity()).asDoubleStream().toArray();
        assertThat(Stats.pearson(eig.regionScores(), diversity)).isGreaterThan(0);
    }

    private static void assertMatches(
            String[] codes, double[] engine, String resource, String key, String column, double tol, boolean relative) {
        Map<String, Double> expected = Fixtures.vector(resource, key, column);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (int i = 0; i < codes.length; i++) {
            double e = expected.get(codes[i]);
            assertThat(engine[i]).as(codes[i]).isCloseTo(e, within(relative ? tol * Math.abs(e) : tol));
        }
    }
}

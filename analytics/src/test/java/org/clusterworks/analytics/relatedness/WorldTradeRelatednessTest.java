package org.clusterworks.analytics.relatedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Proximity and relatedness density against the numpy reference (relative 1e-12 / absolute 1e-9). */
class WorldTradeRelatednessTest {

    private static final String EXPECTED = Fixtures.WORLD + "expected/";
    private static final PresenceMatrix MCP =
            PresenceRule.atLeast(1).apply(new BalassaRca().compute(Fixtures.worldTrade()));
    private static final LabelledMatrix PRODUCT_PROXIMITY =
            new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(MCP));

    @Test
    void productProximityMatchesTheReferenceAndHasNoOtherNonZeroPair() {
        assertPairs(PRODUCT_PROXIMITY, EXPECTED + "proximity_product.csv.gz");
    }

    @Test
    void countryProximityMatchesTheReferenceAndHasNoOtherNonZeroPair() {
        assertPairs(
                new MinimumConditionalProbability().relatedness(CoOccurrence.ofRegions(MCP)),
                EXPECTED + "proximity_country.csv.gz");
    }

    @Test
    void proximityIsSymmetricWithinZeroAndOneWithAZeroDiagonal() {
        int n = PRODUCT_PROXIMITY.rows();
        int violations = 0;
        for (int i = 0; i < n; i++) {
            violations += PRODUCT_PROXIMITY.get(i, i) == 0 ? 0 : 1;
            for (int j = 0; j < n; j++) {
                double v = PRODUCT_PROXIMITY.get(i, j);
                violations += v >= 0 && v <= 1 && v == PRODUCT_PROXIMITY.get(j, i) ? 0 : 1;
            }
        }
        assertThat(violations).isZero();
    }

    @Test
    void coOccurrenceDiagonalIsTheUbiquity() {
        CoOccurrence c = CoOccurrence.ofIndustries(MCP);
        for (int i = 0; i < MCP.columns(); i++) {
            assertThat(c.total(i)).isEqualTo(MCP.ubiquity(i));
        }
    }

    @Test
    void relatednessDensityOfMissingIndustriesMatchesTheReference() {
        LabelledMatrix density = new RelatednessDensity().compute(MCP, PRODUCT_PROXIMITY);
        Map<String, Integer> rows = Fixtures.index(density.rowCodes());
        Map<String, Integer> cols = Fixtures.index(density.columnCodes());
        int n = 0;
        for (Map<String, String> r : Fixtures.csv(EXPECTED + "density.csv.gz")) {
            double engine = density.get(rows.get(r.get("country")), cols.get(r.get("product")));
            assertThat(engine).isCloseTo(Double.parseDouble(r.get("density")), within(1e-9));
            n++;
        }
        assertThat(n).isEqualTo(226 * 785 - 31_951);
        for (double v : density.values()) {
            assertThat(v).isBetween(0.0, 100.0);
        }
    }

    @Test
    void econGeoNormalisationsMatchTheReferenceOnTheProductCoOccurrence() {
        CoOccurrence co = CoOccurrence.ofIndustries(MCP);
        Map<String, RelatednessMeasure> measures = Map.of(
                "prob", new ProbabilityIndex(),
                "association", new AssociationStrength(),
                "cosine", new CosineSimilarity(),
                "jaccard", new JaccardIndex());
        List<Map<String, String>> expected = Fixtures.csv(EXPECTED + "econgeo_relatedness_first100.csv");
        assertThat(expected).hasSize(100 * 99 / 2);
        for (Map.Entry<String, RelatednessMeasure> m : measures.entrySet()) {
            LabelledMatrix r = m.getValue().relatedness(co);
            Map<String, Integer> idx = Fixtures.index(r.rowCodes());
            for (Map<String, String> row : expected) {
                double e = Double.parseDouble(row.get(m.getKey()));
                assertThat(r.get(idx.get(row.get("a")), idx.get(row.get("b"))))
                        .as("%s %s-%s", m.getKey(), row.get("a"), row.get("b"))
                        .isCloseTo(e, within(1e-12 * Math.max(1, e)));
            }
        }
    }

    private static void assertPairs(LabelledMatrix phi, String resource) {
        Map<String, Integer> idx = Fixtures.index(phi.rowCodes());
        int expectedPairs = 0;
        for (Map<String, String> r : Fixtures.csv(resource)) {
            double e = Double.parseDouble(r.get("proximity"));
            assertThat(phi.get(idx.get(r.get("a")), idx.get(r.get("b")))).isCloseTo(e, within(1e-12 * e));
            expectedPairs++;
        }
        int enginePairs = 0;
        for (int i = 0; i < phi.rows(); i++) {
            for (int j = i + 1; j < phi.rows(); j++) {
                enginePairs += phi.get(i, j) > 0 ? 1 : 0;
            }
        }
        assertThat(enginePairs).isEqualTo(expectedPairs);
    }
}

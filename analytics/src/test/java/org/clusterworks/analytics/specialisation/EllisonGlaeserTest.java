package org.clusterworks.analytics.specialisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The 42-firm example of Farhauer &amp; Kroell (2014) as shipped with REAT; no published values are available offline,
 * so the oracle is src/test/python/germany_indices_reference.py.
 */
class EllisonGlaeserTest {

    private static final EllisonGlaeser EG = load();

    private static EllisonGlaeser load() {
        List<EllisonGlaeser.Firm> firms = new ArrayList<>();
        Map<String, Double> regions = new HashMap<>();
        for (Map<String, String> row : Fixtures.read("fixtures/germany-laender/FK2014_EGC.csv")) {
            firms.add(new EllisonGlaeser.Firm(
                    row.get("industry"), row.get("region"), Double.parseDouble(row.get("emp_firm"))));
            regions.put(row.get("region"), Double.parseDouble(row.get("emp_region")));
        }
        return new EllisonGlaeser(firms, regions);
    }

    @Test
    void agglomerationAndCoagglomerationMatchIndependentComputation() {
        List<Map<String, String>> expected = Fixtures.read("expected/fk2014-ellison-glaeser.csv");
        assertThat(expected).hasSize(10);
        for (Map<String, String> e : expected) {
            List<String> industries = Arrays.asList(e.get("industries").split("\\|"));
            double gamma =
                    industries.size() == 1 ? EG.agglomeration(industries.get(0)) : EG.coagglomeration(industries);
            assertThat(EG.rawConcentration(industries)).isCloseTo(Double.parseDouble(e.get("G")), within(1e-12));
            assertThat(gamma).as(e.toString()).isCloseTo(Double.parseDouble(e.get("gamma")), within(1e-9));
            if (industries.size() == 1) {
                assertThat(EG.plantHerfindahl(industries.get(0)))
                        .isCloseTo(Double.parseDouble(e.get("H")), within(1e-12));
            }
        }
    }

    @Test
    void industrySpreadLikeAggregateEmploymentWithManyEqualFirmsIsNotAgglomerated() {
        // 100 equal firms per region, industry employment proportional to aggregate: G = 0 and gamma = -H/(1-H) ~ 0
        List<EllisonGlaeser.Firm> firms = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            firms.add(new EllisonGlaeser.Firm("x", "a", 1));
            firms.add(new EllisonGlaeser.Firm("x", "b", 1));
        }
        EllisonGlaeser eg = new EllisonGlaeser(firms, Map.of("a", 500.0, "b", 500.0));

        assertThat(eg.rawConcentration(List.of("x"))).isZero();
        assertThat(eg.agglomeration("x")).isCloseTo(-0.005 / 0.995, within(1e-12));
    }
}

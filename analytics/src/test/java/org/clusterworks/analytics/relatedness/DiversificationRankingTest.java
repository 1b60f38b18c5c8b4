package org.clusterworks.analytics.relatedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.junit.jupiter.api.Test;

class DiversificationRankingTest {

    private static final String[] REGIONS = {"r1", "r2"};
    private static final String[] INDUSTRIES = {"a", "b", "c", "d"};

    // r1 has a; r2 has a and b. Proximity: a-b 0.8, a-c 0.2, b-c 0.5, c-d 0.1.
    private static final PresenceMatrix M =
            PresenceMatrix.of(REGIONS, INDUSTRIES, new boolean[] {true, false, false, false, true, true, false, false});
    private static final LabelledMatrix PHI = new LabelledMatrix(INDUSTRIES, INDUSTRIES, new double[] {
        0, 0.8, 0.2, 0, //
        0.8, 0, 0.5, 0, //
        0.2, 0.5, 0, 0.1, //
        0, 0, 0.1, 0
    });

    @Test
    void densityIsTheRelatedShareOfAnIndustrysLinksThatTheRegionHas() {
        LabelledMatrix density = new RelatednessDensity().compute(M, PHI);
        // r1, industry c: phi(a,c) / (0.2 + 0.5 + 0.1) = 25 %; r2, c: (0.2 + 0.5) / 0.8 = 87.5 %; d links only to c.
        assertThat(density.get(0, 2)).isCloseTo(25.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(density.get(1, 2)).isCloseTo(87.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(density.get(0, 3)).isZero();
        assertThat(density.get(0, 1)).isCloseTo(100 * 0.8 / 1.3, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void ranksOnlyTheMissingIndustriesOfEachRegionByDensity() {
        LabelledMatrix density = new RelatednessDensity().compute(M, PHI);
        List<DiversificationOpportunity> ranked = new DiversificationRanking().rank(M, density);
        assertThat(ranked)
                .extracting(
                        DiversificationOpportunity::region,
                        DiversificationOpportunity::industry,
                        DiversificationOpportunity::rank)
                .containsExactly(
                        tuple("r1", "b", 1),
                        tuple("r1", "c", 2),
                        tuple("r1", "d", 3),
                        tuple("r2", "c", 1),
                        tuple("r2", "d", 2));
    }
}

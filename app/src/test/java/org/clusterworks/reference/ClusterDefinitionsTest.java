package org.clusterworks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class ClusterDefinitionsTest {

    @Autowired
    ClusterDefinitions definitions;

    @Test
    void the_platform_offers_the_provisional_us_benchmark_clusters_over_naics_2012() {
        assertThat(definitions.platformDefinitions())
                .extracting(ClusterDefinition::code)
                .contains("us-benchmark-2016");
        ClusterDefinition benchmark =
                definitions.platformDefinition("us-benchmark-2016").orElseThrow();
        assertThat(benchmark.scheme()).isEqualTo("naics-2012");
        assertThat(benchmark.ownerWorkspaceId()).isNull();
        assertThat(benchmark.provisional()).isTrue();
    }

    @Test
    void each_cluster_comes_before_its_subclusters_which_hold_the_industry_codes() {
        List<Cluster> clusters = definitions.clusters("us-benchmark-2016");

        assertThat(clusters.stream().filter(c -> c.parentCode() == null)).hasSize(67);
        assertThat(clusters.stream().mapToInt(c -> c.industryCodes().size()).sum())
                .isEqualTo(954);
        int aerospace = clusters.indexOf(clusters.stream()
                .filter(c -> c.code().equals("aerospace-vehicles-and-defense"))
                .findFirst()
                .orElseThrow());
        Cluster aircraft = clusters.get(aerospace + 1);
        assertThat(aircraft.parentCode()).isEqualTo("aerospace-vehicles-and-defense");
        assertThat(clusters)
                .filteredOn(c -> c.code().equals("aerospace-vehicles-and-defense/aircraft"))
                .singleElement()
                .satisfies(c -> assertThat(c.industryCodes()).contains("336411", "336412"));
        assertThat(definitions.clusters("no-such-set")).isEmpty();
    }
}

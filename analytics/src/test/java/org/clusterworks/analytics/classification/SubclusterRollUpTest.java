package org.clusterworks.analytics.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.panel.CodeMapping;
import org.clusterworks.analytics.panel.Panel;
import org.junit.jupiter.api.Test;

/** Industries roll up to subclusters and clusters; subclusters add up to their cluster; totals roll up alike. */
class SubclusterRollUpTest {

    private static final ClusterDefinition DEFINITION = ClusterDefinition.of(List.of(
            new ClusterDefinition.Entry("336411", "aero", "aircraft", true),
            new ClusterDefinition.Entry("336412", "aero", "aircraft", true),
            new ClusterDefinition.Entry("336414", "aero", "missiles", true),
            new ClusterDefinition.Entry("722511", "food-services", "restaurants", false)));

    private static final Panel INDUSTRIES = Panel.builder("emp")
            .add("01", "336411", 2016, 100)
            .add("01", "336412", 2016, 50)
            .add("01", "336414", 2016, 30)
            .add("01", "722511", 2016, 400)
            .add("01", "999999", 2016, 7)
            .add("02", "336414", 2016, 10)
            .add("02", "722511", 2016, 90)
            .build();

    @Test
    void subclustersAddUpTheirIndustriesAndReportUnknownCodes() {
        CodeMapping.Applied applied = INDUSTRIES.mapIndustries(DEFINITION.toSubclusters());
        Panel sub = applied.panel();

        assertThat(sub.industries()).containsExactly("aero/aircraft", "aero/missiles", "food-services/restaurants");
        var x = sub.crossSection(2016, "emp", 0);
        assertThat(x.get(0, 0)).isEqualTo(150);
        assertThat(x.get(0, 1)).isEqualTo(30);
        assertThat(x.get(1, 0)).isZero();
        assertThat(x.get(1, 1)).isEqualTo(10);
        assertThat(applied.unknownCodes()).containsExactly(Map.entry("999999", 1));
    }

    @Test
    void aClustersSubclustersSumToTheCluster() {
        var clusters = INDUSTRIES.mapIndustries(DEFINITION.toClusters()).panel().crossSection(2016, "emp", 0);
        var subs = INDUSTRIES.mapIndustries(DEFINITION.toSubclusters()).panel().crossSection(2016, "emp", 0);
        for (int r = 0; r < clusters.rowCodes().length; r++) {
            for (int c = 0; c < clusters.columnCodes().length; c++) {
                String cluster = clusters.columnCodes()[c];
                double sum = 0;
                for (int s = 0; s < subs.columnCodes().length; s++) {
                    if (ClusterDefinition.clusterOfSubcluster(subs.columnCodes()[s])
                            .equals(cluster)) {
                        sum += subs.get(r, s);
                    }
                }
                assertThat(sum).isCloseTo(clusters.get(r, c), within(1e-9));
            }
        }
    }

    @Test
    void totalsPerIndustryRollUpLikeThePanel() {
        Map<String, Double> national = new LinkedHashMap<>();
        national.put("336411", 1_000.0);
        national.put("336412", 500.0);
        national.put("336414", 250.0);
        national.put("999999", 3.0);

        Map<String, Double> bySub = DEFINITION.toSubclusters().sum(national);

        assertThat(bySub).containsExactly(Map.entry("aero/aircraft", 1_500.0), Map.entry("aero/missiles", 250.0));
        assertThat(DEFINITION.toClusters().sum(national)).containsExactly(Map.entry("aero", 1_750.0));
        CodeMapping split =
                CodeMapping.builder().link("a", "x", 0.25).link("a", "y", 0.75).build();
        assertThat(split.sum(Map.of("a", 8.0))).containsExactly(Map.entry("x", 2.0), Map.entry("y", 6.0));
    }

    @Test
    void subclusterCodesNameTheirCluster() {
        String code = ClusterDefinition.subclusterCode("aero", "aircraft");
        assertThat(ClusterDefinition.clusterOfSubcluster(code)).isEqualTo("aero");
        // subcluster codes may hold slashes themselves (the reference set's are "cluster-slug/subcluster-slug")
        assertThat(ClusterDefinition.clusterOfSubcluster(ClusterDefinition.subclusterCode("1", "aero/aircraft")))
                .isEqualTo("1");
        assertThatThrownBy(() -> ClusterDefinition.clusterOfSubcluster("aero"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterDefinition.subclusterCode("a/b", "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.clusterworks.analytics.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.panel.CodeMapping;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.clusterworks.analytics.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static Hierarchy nace() {
        Map<String, String> parents = new HashMap<>();
        for (Map<String, String> row : Fixtures.read("fixtures/classifications/nace_rev2_structure_en.csv")) {
            if (!row.get("parent").isEmpty()) {
                parents.put(row.get("code"), row.get("parent"));
            }
        }
        return Hierarchy.fromParents(parents);
    }

    @Test
    void naceClassesRollUpToDivisionsAndSections() {
        Hierarchy nace = nace();

        assertThat(nace.level("A")).isEqualTo(1);
        assertThat(nace.level("01.11")).isEqualTo(4);
        assertThat(nace.ancestorAt("01.11", 2)).isEqualTo("01");
        assertThat(nace.ancestorAt("29.10", 1)).isEqualTo("C");
        assertThat(nace.ancestorAt("01", 3)).isNull();

        Panel classes = Panel.builder("emp")
                .add("r", "01.11", 2020, 5)
                .add("r", "01.13", 2020, 7)
                .add("r", "29.10", 2020, 11)
                .add("s", "01.11", 2020, 2)
                .build();
        CodeMapping.Applied divisions = classes.mapIndustries(nace.rollUpTo(2));

        assertThat(divisions.panel().industries()).containsExactly("01", "29");
        assertThat(divisions.panel().crossSection(2020, "emp").values()).containsExactly(12, 11, 2, 0);
        assertThat(divisions.unknownCodes()).isEmpty();
    }

    @Test
    void codesAboveTheRollUpLevelAreReportedWithCellCounts() {
        Panel mixed = Panel.builder("emp")
                .add("r", "01.11", 1, 5)
                .add("r", "A", 1, 9)
                .add("s", "A", 1, 1)
                .build();

        CodeMapping.Applied applied = mixed.mapIndustries(nace().rollUpTo(2));

        assertThat(applied.unknownCodes()).containsExactly(Map.entry("A", 2));
        assertThat(applied.panel().cellCount()).isEqualTo(1);
    }

    @Test
    void cycleInParentLinksIsRejected() {
        assertThatThrownBy(() -> Hierarchy.fromParents(Map.of("a", "b", "b", "a")))
                .hasMessageContaining("cycle");
    }

    @Test
    void unweightedConcordanceSplitsEquallyAndKeepsTotals() {
        Concordance c = Concordance.create();
        for (Map<String, String> row : Fixtures.read("fixtures/classifications/naics2017_to_nace_rev2.csv")) {
            c.link(row.get("naics2017"), row.get("nace_rev2"));
        }
        CodeMapping mapping = c.toMapping();
        PanelBuilder b = Panel.builder("emp");
        List<String> naics = new ArrayList<>();
        for (Map<String, String> row : Fixtures.read("fixtures/classifications/naics2017_to_nace_rev2.csv")) {
            if (!naics.contains(row.get("naics2017"))) {
                naics.add(row.get("naics2017"));
                b.add("US", row.get("naics2017"), 2017, 100);
            }
        }

        Panel nacePanel = b.build().mapIndustries(mapping).panel();

        double total = java.util.Arrays.stream(
                        nacePanel.crossSection(2017, "emp").values())
                .sum();
        assertThat(total).isCloseTo(100.0 * naics.size(), within(1e-6));
        // a NAICS code linked to k NACE classes gives each 100/k
        String split = naics.stream()
                .filter(n -> mapping.linksOf(n).size() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(mapping.linksOf(split))
                .allSatisfy(l -> assertThat(l.weight()).isEqualTo(0.5));
    }

    @Test
    void weightedConcordanceUsesTheWeightsAndRejectsMixing() {
        CodeMapping m =
                Concordance.create().link("x", "a", 0.25).link("x", "b", 0.75).toMapping();
        Panel p =
                Panel.builder("v").add("r", "x", 1, 8).build().mapIndustries(m).panel();

        assertThat(p.crossSection(1, "v").values()).containsExactly(2, 6);
        assertThatThrownBy(() ->
                        Concordance.create().link("x", "a").link("x", "b", 1).toMapping())
                .hasMessageContaining("mixes");
    }

    @Test
    void usBenchmarkDefinitionsAggregateIndustriesToClusters() {
        List<ClusterDefinition.Entry> entries = new ArrayList<>();
        for (Map<String, String> row :
                Fixtures.read("fixtures/us-cluster-definitions/naics2012_to_cluster_acr1_emsi_variant.csv")) {
            // the transcription leaves a few local industries with cluster "NA" (see PROVENANCE.md): not a cluster
            if (row.get("emsi_specific").equals("0") && !row.get("cluster").equals("NA")) {
                entries.add(new ClusterDefinition.Entry(
                        row.get("naics"),
                        row.get("cluster"),
                        row.get("subcluster"),
                        row.get("traded_local").equals("Traded")));
            }
        }
        ClusterDefinition definition = ClusterDefinition.of(entries);
        long traded =
                definition.clusters().stream().filter(definition::isTraded).count();

        assertThat(traded).isEqualTo(51);
        assertThat(definition.clusters()).hasSize(67);

        Panel industries = Panel.builder("emp")
                .add("01", "336411", 2016, 100)
                .add("01", "336412", 2016, 50)
                .add("01", "999999", 2016, 3)
                .build();
        CodeMapping.Applied clusters = industries.mapIndustries(definition.toClusters());
        assertThat(clusters.panel().industries()).containsExactly("Aerospace Vehicles and Defense");
        assertThat(clusters.panel().value(0, 0)).isEqualTo(150);
        assertThat(clusters.unknownCodes()).containsExactly(Map.entry("999999", 1));
        assertThat(industries.mapIndustries(definition.toSubclusters()).panel().industries())
                .containsExactly("Aerospace Vehicles and Defense/Aircraft");
    }

    @Test
    void regionsAggregateUpATerritoryHierarchy() {
        Hierarchy states = Hierarchy.fromParents(Map.of("01001", "01", "01003", "01", "02013", "02"));
        Panel counties = Panel.builder("emp", "est")
                .add("01001", "a", 2016, 1, 1)
                .add("01003", "a", 2016, 2, 1)
                .add("02013", "b", 2016, 4, 1)
                .add("01003", "b", 2017, 8, 1)
                .build();

        Panel byState = counties.mapRegions(states.rollUpTo(1)).panel();

        assertThat(byState.regions()).containsExactly("01", "02");
        assertThat(byState.crossSection(2016, "emp").values()).containsExactly(3, 0, 0, 4);
        assertThat(byState.crossSection(2016, "est").values()).containsExactly(2, 0, 0, 1);
        assertThat(byState.crossSection(2017, "emp").values()).containsExactly(0, 8, 0, 0);
    }
}

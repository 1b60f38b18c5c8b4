package org.clusterworks.diagnostic.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.clusterworks.stakeholders.Helix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkMeasuresTest {

    static final double EPS = 1e-9;

    static CollaborationNetwork.Node node(long id, Helix helix) {
        return new CollaborationNetwork.Node(id, "org " + id, helix, id % 2 == 0);
    }

    /** A random network with several components, isolated nodes and tied shortest paths, from a seed. */
    static CollaborationNetwork random(long seed, int n, double p) {
        var rnd = new Random(seed);
        var helices = Helix.values();
        List<CollaborationNetwork.Node> nodes = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            nodes.add(node(i * 10, helices[rnd.nextInt(helices.length)]));
        }
        List<CollaborationNetwork.Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rnd.nextDouble() < p) {
                    links.add(new CollaborationNetwork.Link(
                            nodes.get(i).id(), nodes.get(j).id(), 1 + rnd.nextInt(5)));
                }
            }
        }
        return CollaborationNetwork.of(nodes, links);
    }

    static BruteForceMeasures brute(CollaborationNetwork net) {
        return new BruteForceMeasures(
                net.nodes().stream().map(CollaborationNetwork.Node::id).toList(),
                net.ties().stream()
                        .map(t -> new double[] {t.a(), t.b(), t.weight()})
                        .toList());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyMeasureMatchesTheBruteForceDefinitionOnRandomNetworks(long seed) {
        var net = random(seed, 8 + (int) seed * 3, 0.08 + seed * 0.02);
        var bf = brute(net);
        var report = new NetworkAnalysis().analyse(net, false);
        var normalised = new NetworkAnalysis().analyse(net, true);

        assertThat(report.density()).isCloseTo(bf.density(), within(EPS));
        for (int v = 0; v < bf.n; v++) {
            long id = bf.ids.get(v);
            var row = report.nodes().stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow();
            var rowN = normalised.nodes().stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow();
            assertThat(row.degree()).as("degree of %d", id).isEqualTo(bf.degree(v));
            assertThat(row.weightedDegree()).as("weighted degree of %d", id).isEqualTo(bf.weightedDegree(v));
            assertThat(row.betweenness()).as("betweenness of %d", id).isCloseTo(bf.betweenness(v), within(EPS));
            assertThat(rowN.betweenness())
                    .as("normalised betweenness of %d", id)
                    .isCloseTo(bf.betweenness(v) / ((bf.n - 1) * (bf.n - 2) / 2.0), within(EPS));
            assertThat(row.closeness()).as("closeness of %d", id).isCloseTo(bf.closeness(v), within(EPS));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void betweennessAddsUpToTheInteriorNodesOfAllShortestPathsAndDensityStaysInTheUnitInterval(long seed) {
        var net = random(seed, 25, 0.12);
        var report = new NetworkAnalysis().analyse(net, false);
        double sum = report.nodes().stream()
                .mapToDouble(NetworkReport.NodeMeasures::betweenness)
                .sum();
        assertThat(sum).isCloseTo(brute(net).interiorNodesOnPaths(), within(1e-7));
        assertThat(report.density()).isBetween(0.0, 1.0);
        assertThat(report.crossHelixShare()).isBetween(0.0, 1.0);
        report.nodes().forEach(n -> assertThat(n.closeness()).isBetween(0.0, 1.0));
    }

    @Test
    void aStarHasItsCentreOnEveryPathAndLeavesOnNone() {
        int n = 7;
        List<CollaborationNetwork.Node> nodes = LongStream.rangeClosed(1, n)
                .mapToObj(i -> node(i, i == 1 ? Helix.BUSINESS_SUPPORT : Helix.BUSINESS))
                .toList();
        List<CollaborationNetwork.Link> links = LongStream.rangeClosed(2, n)
                .mapToObj(i -> new CollaborationNetwork.Link(1, i, 2))
                .toList();
        var report = new NetworkAnalysis().analyse(CollaborationNetwork.of(nodes, links), false);
        var centre =
                report.nodes().stream().filter(r -> r.id() == 1).findFirst().orElseThrow();

        assertThat(report.density()).isCloseTo((n - 1) / (n * (n - 1) / 2.0), within(EPS));
        assertThat(centre.betweenness()).isCloseTo((n - 1) * (n - 2) / 2.0, within(EPS));
        assertThat(centre.closeness()).isCloseTo(1.0, within(EPS));
        assertThat(centre.weightedDegree()).isEqualTo(2.0 * (n - 1));
        assertThat(centre.brokerage())
                .as("leaves share one helix role: no brokerage")
                .isZero();
        report.nodes().stream().filter(r -> r.id() != 1).forEach(leaf -> {
            assertThat(leaf.betweenness()).isZero();
            assertThat(leaf.closeness()).isCloseTo((n - 1.0) / (1 + 2 * (n - 2)), within(EPS));
        });
        assertThat(new NetworkAnalysis()
                        .analyse(CollaborationNetwork.of(nodes, links), true).nodes().stream()
                                .filter(r -> r.id() == 1)
                                .findFirst()
                                .orElseThrow()
                                .betweenness())
                .isCloseTo(1.0, within(EPS));
    }

    @Test
    void aCompleteNetworkHasDensityOneAndNoBetweenness() {
        var nodes = LongStream.rangeClosed(1, 5)
                .mapToObj(i -> node(i, Helix.BUSINESS))
                .toList();
        List<CollaborationNetwork.Link> links = new ArrayList<>();
        for (long i = 1; i <= 5; i++) {
            for (long j = i + 1; j <= 5; j++) {
                links.add(new CollaborationNetwork.Link(j, i, 1));
            }
        }
        var report = new NetworkAnalysis().analyse(CollaborationNetwork.of(nodes, links), false);
        assertThat(report.density()).isEqualTo(1.0);
        report.nodes().forEach(r -> assertThat(r.betweenness()).isZero());
    }

    @Test
    void reciprocalAndRepeatedLinksFoldIntoOneTieWithTheStrongestWeight() {
        var nodes = List.of(node(1, Helix.BUSINESS), node(2, Helix.BUSINESS), node(3, Helix.GOVERNMENT));
        var net = CollaborationNetwork.of(
                nodes,
                List.of(
                        new CollaborationNetwork.Link(1, 2, 2),
                        new CollaborationNetwork.Link(2, 1, 4),
                        new CollaborationNetwork.Link(1, 1, 5),
                        new CollaborationNetwork.Link(1, 99, 5)));
        assertThat(net.ties()).containsExactly(new CollaborationNetwork.Tie(1, 2, 4));
    }

    @Test
    void aBrokerJoinsNeighboursOfDifferentHelixRolesThatAreNotTiedToEachOther() {
        var nodes = List.of(node(1, Helix.BUSINESS), node(2, Helix.RESEARCH_EDUCATION), node(3, Helix.GOVERNMENT));
        var path = List.of(new CollaborationNetwork.Link(1, 2, 1), new CollaborationNetwork.Link(2, 3, 1));
        var closed = new ArrayList<>(path);
        closed.add(new CollaborationNetwork.Link(1, 3, 1));
        var sameHelix = List.of(node(1, Helix.BUSINESS), node(2, Helix.RESEARCH_EDUCATION), node(3, Helix.BUSINESS));

        assertThat(new HelixBrokerage().scores(CollaborationNetwork.of(nodes, path)))
                .containsEntry(2L, 1)
                .containsEntry(1L, 0);
        assertThat(new HelixBrokerage().scores(CollaborationNetwork.of(nodes, closed)))
                .containsEntry(2L, 0);
        assertThat(new HelixBrokerage().scores(CollaborationNetwork.of(sameHelix, path)))
                .containsEntry(2L, 0);
        assertThat(Cohesion.crossHelixShare(CollaborationNetwork.of(sameHelix, path)))
                .isEqualTo(1.0);
    }

    @Test
    void twoSeparateTrianglesAreTwoCommunitiesAndAnIsolatedOrganisationIsItsOwn() {
        var nodes = LongStream.rangeClosed(1, 7)
                .mapToObj(i -> node(i, Helix.BUSINESS))
                .toList();
        var links = List.of(
                new CollaborationNetwork.Link(1, 2, 1),
                new CollaborationNetwork.Link(2, 3, 1),
                new CollaborationNetwork.Link(1, 3, 1),
                new CollaborationNetwork.Link(4, 5, 1),
                new CollaborationNetwork.Link(5, 6, 1),
                new CollaborationNetwork.Link(4, 6, 1));
        var c = new LabelPropagationCommunities().communities(CollaborationNetwork.of(nodes, links));
        assertThat(c.get(1L)).isEqualTo(c.get(2L)).isEqualTo(c.get(3L));
        assertThat(c.get(4L)).isEqualTo(c.get(5L)).isEqualTo(c.get(6L));
        assertThat(Set.of(c.get(1L), c.get(4L), c.get(7L))).hasSize(3);
        assertThat(c.get(7L)).isEqualTo(3);
    }

    @Test
    void aFilteredSubNetworkIsMeasuredOnItsOwnNodesAndTies() {
        var net = random(21, 20, 0.2);
        var filter = new NetworkFilter(Set.of(Helix.BUSINESS, Helix.GOVERNMENT, Helix.FINANCE), null, 3);
        var sub = net.filter(filter);
        assertThat(sub.nodes()).allMatch(n -> filter.helices().contains(n.helix()));
        assertThat(sub.ties()).allMatch(t -> t.weight() >= 3);
        var bf = brute(sub);
        var report = new NetworkAnalysis().analyse(sub, false);
        assertThat(report.density()).isCloseTo(bf.density(), within(EPS));
        for (int v = 0; v < bf.n; v++) {
            long id = bf.ids.get(v);
            var row = report.nodes().stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow();
            assertThat(row.betweenness()).isCloseTo(bf.betweenness(v), within(EPS));
        }
    }

    @Test
    void theChangeBetweenTwoMeasurementsCountsTiesAddedAndRemoved() {
        var nodes = LongStream.rangeClosed(1, 4)
                .mapToObj(i -> node(i, Helix.BUSINESS))
                .toList();
        var before = new NetworkAnalysis()
                .analyse(
                        CollaborationNetwork.of(
                                nodes,
                                List.of(
                                        new CollaborationNetwork.Link(1, 2, 1),
                                        new CollaborationNetwork.Link(2, 3, 1))),
                        false);
        var after = new NetworkAnalysis()
                .analyse(
                        CollaborationNetwork.of(
                                nodes,
                                List.of(
                                        new CollaborationNetwork.Link(2, 3, 1),
                                        new CollaborationNetwork.Link(3, 4, 1),
                                        new CollaborationNetwork.Link(1, 4, 1))),
                        false);
        var change = NetworkChange.between(before, after);
        assertThat(change.tiesAdded()).isEqualTo(2);
        assertThat(change.tiesRemoved()).isEqualTo(1);
        assertThat(change.densityAfter()).isGreaterThan(change.densityBefore());
    }
}

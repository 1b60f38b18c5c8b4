package org.clusterworks.diagnostic.network;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Computes a {@link NetworkReport} from a network with the measures of this package. */
public final class NetworkAnalysis {

    private final Centrality degree = new DegreeCentrality(false);
    private final Centrality strength = new DegreeCentrality(true);
    private final Centrality closeness = new ClosenessMeasure();
    private final CommunityDetection communities = new LabelPropagationCommunities();
    private final Brokerage brokerage = new HelixBrokerage();

    /** Measures the network; betweenness normalised when asked. */
    public NetworkReport analyse(CollaborationNetwork network, boolean normalized) {
        Map<Long, Double> deg = degree.scores(network);
        Map<Long, Double> str = strength.scores(network);
        Map<Long, Double> btw = new BetweennessMeasure(normalized).scores(network);
        Map<Long, Double> clo = closeness.scores(network);
        Map<Long, Integer> com = communities.communities(network);
        Map<Long, Integer> bro = brokerage.scores(network);
        List<NetworkReport.NodeMeasures> rows = network.nodes().stream()
                .map(n -> new NetworkReport.NodeMeasures(
                        n.id(),
                        n.name(),
                        n.helix(),
                        n.sme(),
                        deg.get(n.id()).intValue(),
                        str.get(n.id()),
                        btw.get(n.id()),
                        clo.get(n.id()),
                        com.get(n.id()),
                        bro.get(n.id())))
                .sorted(Comparator.comparing(NetworkReport.NodeMeasures::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new NetworkReport(
                Cohesion.density(network),
                Cohesion.crossHelixShare(network),
                Cohesion.components(network),
                normalized,
                rows,
                network.ties());
    }
}

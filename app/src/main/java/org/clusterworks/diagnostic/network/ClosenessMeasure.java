package org.clusterworks.diagnostic.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Closeness (Freeman 1979; Wasserman &amp; Faust 1994, §5.2.2) for networks that may be disconnected: for node {@code
 * i} in a component of {@code r} nodes of a network of {@code n}, {@code ((r-1)/(n-1)) · ((r-1)/Σ d(i,j))}, the sum
 * over the nodes {@code j} it can reach along unweighted shortest paths. In a connected network this is Freeman's
 * normalised closeness {@code (n-1)/Σ d(i,j)}; the first factor scales down closeness inside small components
 * (Wasserman &amp; Faust's correction, as in NetworkX). An isolated node scores 0. The component closeness is
 * JGraphT's {@link ClosenessCentrality}.
 */
public final class ClosenessMeasure implements Centrality {

    @Override
    public Map<Long, Double> scores(CollaborationNetwork network) {
        Graph<Long, DefaultEdge> g = network.unweighted();
        int n = g.vertexSet().size();
        Map<Long, Double> result = new LinkedHashMap<>();
        network.nodes().forEach(node -> result.put(node.id(), 0.0));
        if (n < 2) {
            return result;
        }
        for (Set<Long> component : new ConnectivityInspector<>(g).connectedSets()) {
            int r = component.size();
            if (r < 2) {
                continue;
            }
            var sub = new AsSubgraph<>(g, component);
            var inComponent = new ClosenessCentrality<>(sub, false, true).getScores();
            double scale = (r - 1.0) / (n - 1.0);
            inComponent.forEach((v, c) -> result.put(v, c * scale));
        }
        return result;
    }
}

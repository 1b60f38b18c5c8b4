package org.clusterworks.diagnostic.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Betweenness (Freeman 1977; Wasserman &amp; Faust 1994, §5.2.3): for node {@code i}, the sum over unordered pairs
 * {@code {j, k}} of other nodes of the share of shortest {@code j}–{@code k} paths that pass through {@code i},
 * over unweighted shortest paths of the undirected graph (ties count as present, their weights are ignored).
 * Normalised, it is divided by {@code (n-1)(n-2)/2}, the number of such pairs. Computed by JGraphT's implementation
 * of Brandes' (2001) algorithm.
 */
public final class BetweennessMeasure implements Centrality {

    private final boolean normalized;

    public BetweennessMeasure(boolean normalized) {
        this.normalized = normalized;
    }

    @Override
    public Map<Long, Double> scores(CollaborationNetwork network) {
        var scores = new BetweennessCentrality<>(network.unweighted(), false).getScores();
        int n = network.nodes().size();
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        Map<Long, Double> result = new LinkedHashMap<>();
        network.nodes().forEach(node -> {
            double b = scores.getOrDefault(node.id(), 0.0);
            result.put(node.id(), normalized ? (pairs > 0 ? b / pairs : 0.0) : b);
        });
        return result;
    }
}

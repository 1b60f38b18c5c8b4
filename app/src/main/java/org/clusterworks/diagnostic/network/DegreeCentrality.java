package org.clusterworks.diagnostic.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Degree (Freeman 1979; Wasserman &amp; Faust 1994, §5.2.1): the number of ties of a node, or with {@code weighted}
 * the sum of the weights of its ties (node strength, Barrat et al. 2004). Not normalised.
 */
public final class DegreeCentrality implements Centrality {

    private final boolean weighted;

    public DegreeCentrality(boolean weighted) {
        this.weighted = weighted;
    }

    @Override
    public Map<Long, Double> scores(CollaborationNetwork network) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        network.nodes().forEach(n -> scores.put(n.id(), 0.0));
        for (var t : network.ties()) {
            double w = weighted ? t.weight() : 1;
            scores.merge(t.a(), w, Double::sum);
            scores.merge(t.b(), w, Double::sum);
        }
        return scores;
    }
}

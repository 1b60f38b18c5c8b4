package org.clusterworks.diagnostic.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.alg.clustering.LabelPropagationClustering;

/**
 * Communities by label propagation (Raghavan, Albert &amp; Kumara 2007) on the unweighted graph, with JGraphT's
 * {@link LabelPropagationClustering} and a fixed random seed so that the same network always gets the same
 * communities. An isolated organisation is a community of its own. Communities are numbered from 1 by size (largest
 * first), ties by their smallest organisation id.
 */
public final class LabelPropagationCommunities implements CommunityDetection {

    private static final long SEED = 20_261_124L;

    @Override
    public Map<Long, Integer> communities(CollaborationNetwork network) {
        var clusters = new LabelPropagationClustering<>(network.unweighted(), new Random(SEED))
                .getClustering()
                .getClusters();
        List<Set<Long>> sorted = new ArrayList<>(clusters);
        sorted.sort(
                Comparator.<Set<Long>>comparingInt(Set::size).reversed().thenComparingLong(s -> Collections.min(s)));
        Map<Long, Integer> result = new LinkedHashMap<>();
        network.nodes().forEach(n -> result.put(n.id(), 0));
        for (int i = 0; i < sorted.size(); i++) {
            for (Long id : sorted.get(i)) {
                result.put(id, i + 1);
            }
        }
        return result;
    }
}

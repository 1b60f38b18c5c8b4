package org.clusterworks.diagnostic.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graphs;

/**
 * Brokerage between helix roles: for organisation {@code i}, the number of unordered pairs {@code {j, k}} of its
 * neighbours that belong to different helix roles and have no tie to each other, so that {@code i} lies on every
 * two-step path between them. It is Gould &amp; Fernandez's (1989) count of open two-paths {@code j–i–k} for an
 * undirected network with the helix roles as groups, keeping the roles in which {@code j} and {@code k} are in
 * different groups (liaison, representative and gatekeeper merged, since an undirected tie has no direction) and
 * leaving out the coordinator role (both in one group). A broker is an organisation with a score above zero.
 */
public final class HelixBrokerage implements Brokerage {

    @Override
    public Map<Long, Integer> scores(CollaborationNetwork network) {
        var g = network.unweighted();
        var byId = network.byId();
        Map<Long, Integer> result = new LinkedHashMap<>();
        for (var node : network.nodes()) {
            List<Long> nb = Graphs.neighborListOf(g, node.id());
            int count = 0;
            for (int x = 0; x < nb.size(); x++) {
                for (int y = x + 1; y < nb.size(); y++) {
                    long j = nb.get(x);
                    long k = nb.get(y);
                    if (byId.get(j).helix() != byId.get(k).helix() && !g.containsEdge(j, k)) {
                        count++;
                    }
                }
            }
            result.put(node.id(), count);
        }
        return result;
    }
}

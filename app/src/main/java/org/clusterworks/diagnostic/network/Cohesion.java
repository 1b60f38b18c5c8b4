package org.clusterworks.diagnostic.network;

import org.jgrapht.alg.connectivity.ConnectivityInspector;

/** Whole-network cohesion figures (Wasserman &amp; Faust 1994, §4.2 and §4.3). */
public final class Cohesion {

    private Cohesion() {}

    /**
     * Density: the number of ties over the number of possible ties {@code n(n-1)/2} of an undirected network of
     * {@code n} nodes; 0 when there are fewer than two nodes.
     */
    public static double density(CollaborationNetwork network) {
        int n = network.nodes().size();
        return n < 2 ? 0.0 : network.ties().size() / (n * (n - 1) / 2.0);
    }

    /** The share of ties whose two organisations have different helix roles; 0 without ties. */
    public static double crossHelixShare(CollaborationNetwork network) {
        if (network.ties().isEmpty()) {
            return 0.0;
        }
        var byId = network.byId();
        long crossing = network.ties().stream()
                .filter(t -> byId.get(t.a()).helix() != byId.get(t.b()).helix())
                .count();
        return (double) crossing / network.ties().size();
    }

    /** The number of connected components (an isolated node is one). */
    public static int components(CollaborationNetwork network) {
        return new ConnectivityInspector<>(network.unweighted()).connectedSets().size();
    }
}

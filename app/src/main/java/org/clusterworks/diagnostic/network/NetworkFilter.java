package org.clusterworks.diagnostic.network;

import java.util.Set;
import org.clusterworks.stakeholders.Helix;

/**
 * Which part of a network to look at: nodes of some helix roles (empty: all), only SMEs or only larger / non-business
 * organisations (null: both), and ties of at least a weight.
 */
public record NetworkFilter(Set<Helix> helices, Boolean sme, double minWeight) {

    /** Keeps everything. */
    public static final NetworkFilter ALL = new NetworkFilter(Set.of(), null, 1);

    public NetworkFilter {
        helices = helices == null ? Set.of() : Set.copyOf(helices);
        minWeight = Math.max(1, minWeight);
    }

    /** Whether this filter keeps everything. */
    public boolean all() {
        return helices.isEmpty() && sme == null && minWeight <= 1;
    }

    boolean keeps(CollaborationNetwork.Node n) {
        return (helices.isEmpty() || helices.contains(n.helix())) && (sme == null || sme == n.sme());
    }
}

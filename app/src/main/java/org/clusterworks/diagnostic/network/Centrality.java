package org.clusterworks.diagnostic.network;

import java.util.Map;

/** A node-level centrality measure of a collaboration network: a score for every node id. */
public interface Centrality {

    /** The score of every node of the network, keyed by organisation id. */
    Map<Long, Double> scores(CollaborationNetwork network);
}

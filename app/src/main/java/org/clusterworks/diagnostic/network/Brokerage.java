package org.clusterworks.diagnostic.network;

import java.util.Map;

/** How much each organisation bridges between groups of a collaboration network. */
public interface Brokerage {

    /** The brokerage score of every node, keyed by organisation id. */
    Map<Long, Integer> scores(CollaborationNetwork network);
}

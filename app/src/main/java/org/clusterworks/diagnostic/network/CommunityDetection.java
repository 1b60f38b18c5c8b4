package org.clusterworks.diagnostic.network;

import java.util.Map;

/** Splits a collaboration network into communities of organisations more tied to each other than to the rest. */
public interface CommunityDetection {

    /** The community number (1 = largest) of every node, keyed by organisation id. */
    Map<Long, Integer> communities(CollaborationNetwork network);
}

package org.clusterworks.reference;

import java.util.List;
import java.util.Optional;

/** Read access to the cluster definition sets: which industry codes make up which cluster. */
public interface ClusterDefinitions {

    /** The platform-wide definition sets (owner workspace null). */
    List<ClusterDefinition> platformDefinitions();

    /** A platform-wide definition set by its code. */
    Optional<ClusterDefinition> platformDefinition(String code);

    /** The clusters and subclusters of a platform-wide set: each cluster followed by its subclusters. */
    List<Cluster> clusters(String definitionCode);
}

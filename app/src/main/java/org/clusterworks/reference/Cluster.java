package org.clusterworks.reference;

import java.util.List;

/**
 * One cluster or subcluster of a cluster definition set, with the industry codes attached directly to it.
 *
 * @param code identifier within the set; a subcluster's is its cluster's code, a slash and its own
 * @param name display name
 * @param type {@code traded} or {@code local}
 * @param parentCode for a subcluster, its cluster's code; null for a cluster
 * @param industryCodes codes of the set's classification attached to this (sub)cluster, in code order
 */
public record Cluster(String code, String name, String type, String parentCode, List<String> industryCodes) {

    /** Copies the code list so the record cannot change. */
    public Cluster {
        industryCodes = List.copyOf(industryCodes);
    }
}

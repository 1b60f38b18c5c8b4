package org.clusterworks.diagnostic.network;

import java.util.List;
import org.clusterworks.stakeholders.Helix;

/**
 * The measures of one collaboration network: whole-network figures and one row per organisation.
 *
 * @param density ties over possible ties
 * @param crossHelixShare share of ties between organisations of different helix roles
 * @param components number of connected components
 * @param normalized whether betweenness is normalised
 * @param nodes the organisations with their measures, by name
 * @param ties the ties
 */
public record NetworkReport(
        double density,
        double crossHelixShare,
        int components,
        boolean normalized,
        List<NodeMeasures> nodes,
        List<CollaborationNetwork.Tie> ties) {

    /** The measures of one organisation. */
    public record NodeMeasures(
            long id,
            String name,
            Helix helix,
            boolean sme,
            int degree,
            double weightedDegree,
            double betweenness,
            double closeness,
            int community,
            int brokerage) {}

    /** Number of organisations. */
    public int nodeCount() {
        return nodes.size();
    }

    /** Number of ties. */
    public int tieCount() {
        return ties.size();
    }

    /** Number of communities. */
    public long communityCount() {
        return nodes.stream().map(NodeMeasures::community).distinct().count();
    }

    /** The organisations with a brokerage score above zero, highest first. */
    public List<NodeMeasures> brokers() {
        return nodes.stream()
                .filter(n -> n.brokerage() > 0)
                .sorted(java.util.Comparator.comparingInt(NodeMeasures::brokerage)
                        .reversed()
                        .thenComparing(NodeMeasures::name))
                .toList();
    }

    /** The average degree (2 ties / nodes). */
    public double averageDegree() {
        return nodes.isEmpty() ? 0.0 : 2.0 * ties.size() / nodes.size();
    }
}

package org.clusterworks.diagnostic.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.stakeholders.Helix;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * An undirected, valued collaboration network (Wasserman &amp; Faust 1994, ch. 4): organisations as nodes, at most one
 * tie per pair whose weight is the strongest link recorded between the two in either direction (1-5 for recorded relationships, the
 * frequency answer for a survey round), so that a reciprocal
 * nomination or two kinds of link do not double a tie. Self-links and links to organisations outside the node set are
 * dropped.
 *
 * @param nodes the organisations, by id
 * @param ties the ties, each with {@code a < b}
 */
public record CollaborationNetwork(List<Node> nodes, List<Tie> ties) {

    /** An organisation in the network. */
    public record Node(long id, String name, Helix helix, boolean sme) {}

    /** An undirected tie between organisations {@code a < b} with a positive weight. */
    public record Tie(long a, long b, double weight) {}

    /** A directed or repeated link as recorded, before it is folded into ties. */
    public record Link(long from, long to, double weight) {}

    public CollaborationNetwork {
        nodes = List.copyOf(nodes);
        ties = List.copyOf(ties);
    }

    /** Builds the network from recorded links, folding them into one tie per pair with the maximum weight. */
    public static CollaborationNetwork of(List<Node> nodes, List<Link> links) {
        Map<Long, Node> byId = new LinkedHashMap<>();
        nodes.stream().sorted(Comparator.comparingLong(Node::id)).forEach(n -> byId.put(n.id(), n));
        Map<List<Long>, Double> weights = new HashMap<>();
        for (Link l : links) {
            if (l.from() == l.to() || !byId.containsKey(l.from()) || !byId.containsKey(l.to()) || l.weight() <= 0) {
                continue;
            }
            List<Long> key = List.of(Math.min(l.from(), l.to()), Math.max(l.from(), l.to()));
            weights.merge(key, l.weight(), Math::max);
        }
        List<Tie> ties = new ArrayList<>();
        weights.forEach((k, w) -> ties.add(new Tie(k.get(0), k.get(1), w)));
        ties.sort(Comparator.comparingLong(Tie::a).thenComparingLong(Tie::b));
        return new CollaborationNetwork(new ArrayList<>(byId.values()), ties);
    }

    /** The sub-network induced by the nodes the filter keeps, with the ties at or above its minimum weight. */
    public CollaborationNetwork filter(NetworkFilter filter) {
        List<Node> kept = nodes.stream().filter(filter::keeps).toList();
        Set<Long> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        List<Tie> keptTies = ties.stream()
                .filter(t -> ids.contains(t.a()) && ids.contains(t.b()) && t.weight() >= filter.minWeight())
                .toList();
        return new CollaborationNetwork(kept, keptTies);
    }

    /** The nodes by id. */
    public Map<Long, Node> byId() {
        Map<Long, Node> m = new LinkedHashMap<>();
        nodes.forEach(n -> m.put(n.id(), n));
        return m;
    }

    /** The network as an unweighted simple JGraphT graph, for path-based measures (vertices in id order). */
    public Graph<Long, DefaultEdge> unweighted() {
        Graph<Long, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(n -> g.addVertex(n.id()));
        ties.forEach(t -> g.addEdge(t.a(), t.b()));
        return g;
    }

    /** The network as a weighted simple JGraphT graph. */
    public Graph<Long, DefaultWeightedEdge> weighted() {
        Graph<Long, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.forEach(n -> g.addVertex(n.id()));
        ties.forEach(t -> g.setEdgeWeight(g.addEdge(t.a(), t.b()), t.weight()));
        return g;
    }
}

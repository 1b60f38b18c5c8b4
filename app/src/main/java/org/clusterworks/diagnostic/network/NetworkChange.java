package org.clusterworks.diagnostic.network;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two measurements of a network (two rounds, or the baseline and today): whole-network figures
 * before and after, ties that appeared or disappeared, and each organisation's degree and betweenness change.
 */
public record NetworkChange(
        double densityBefore,
        double densityAfter,
        double crossHelixBefore,
        double crossHelixAfter,
        int tiesBefore,
        int tiesAfter,
        int tiesAdded,
        int tiesRemoved,
        List<NodeChange> nodes) {

    /** One organisation's change; {@code null} before or after when it was not in that network. */
    public record NodeChange(
            long id,
            String name,
            Integer degreeBefore,
            Integer degreeAfter,
            Double betweennessBefore,
            Double betweennessAfter) {}

    public static NetworkChange between(NetworkReport before, NetworkReport after) {
        Set<List<Long>> tiesA = new HashSet<>();
        before.ties().forEach(t -> tiesA.add(List.of(t.a(), t.b())));
        Set<List<Long>> tiesB = new HashSet<>();
        after.ties().forEach(t -> tiesB.add(List.of(t.a(), t.b())));
        int added = (int) tiesB.stream().filter(t -> !tiesA.contains(t)).count();
        int removed = (int) tiesA.stream().filter(t -> !tiesB.contains(t)).count();
        Map<Long, NetworkReport.NodeMeasures> a = new HashMap<>();
        before.nodes().forEach(n -> a.put(n.id(), n));
        Map<Long, NetworkReport.NodeMeasures> b = new HashMap<>();
        after.nodes().forEach(n -> b.put(n.id(), n));
        Set<Long> ids = new java.util.TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        List<NodeChange> nodes = ids.stream()
                .map(id -> {
                    var x = a.get(id);
                    var y = b.get(id);
                    return new NodeChange(
                            id,
                            y != null ? y.name() : x.name(),
                            x == null ? null : x.degree(),
                            y == null ? null : y.degree(),
                            x == null ? null : x.betweenness(),
                            y == null ? null : y.betweenness());
                })
                .sorted(java.util.Comparator.comparing(NodeChange::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new NetworkChange(
                before.density(),
                after.density(),
                before.crossHelixShare(),
                after.crossHelixShare(),
                before.tieCount(),
                after.tieCount(),
                added,
                removed,
                nodes);
    }
}

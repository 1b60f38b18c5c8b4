package org.clusterworks.reference.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.Territory;

/** What the reference pages show, already shaped for the templates. */
final class Views {

    private Views() {}

    /** One entry of a tree or a result list: code, label, level name key and whether it can be expanded. */
    record Node(String code, String label, String levelKey, boolean hasChildren) {}

    /** A page of search hits with the total. */
    record Results(String query, List<Node> hits, int total) {}

    /** A scheme on the overview page. */
    record SchemeRow(String id, String name, int count, String sourceKey, List<Integer> mapLevels) {}

    /** A concordance row on a code's page. */
    record LinkRow(String code, String title, Boolean partial, String note) {}

    /** The concordance rows towards one other classification. */
    record LinkGroup(String scheme, String schemeName, List<LinkRow> rows) {}

    /** A small map: the GeoJSON file, the feature property to join on, the key of the highlighted feature. */
    record MapView(String path, String property, String key, String name, String attributionKey) {}

    static String levelKey(IndustryCode code) {
        String family = code.scheme().startsWith("naics") ? "naics" : "nace";
        return "reference.level." + family + "." + code.level();
    }

    static String levelKey(Territory territory) {
        String family = territory.scheme().startsWith("nuts") ? "nuts" : territory.scheme();
        return "reference.tlevel." + family + "." + territory.level();
    }

    static List<Node> codeNodes(List<IndustryCode> codes, Set<String> withChildren) {
        return codes.stream()
                .map(c -> new Node(c.code(), c.title(), levelKey(c), withChildren.contains(c.code())))
                .toList();
    }

    static List<Node> territoryNodes(List<Territory> territories, Set<String> withChildren) {
        return territories.stream()
                .map(t -> new Node(t.code(), t.name(), levelKey(t), withChildren.contains(t.code())))
                .toList();
    }

    /** The chain of parents above an entry, top level first (at most ten, as a guard against a cycle in bad data). */
    static <T> List<T> ancestors(String parentCode, Function<String, Optional<T>> find, Function<T, String> parentOf) {
        List<T> chain = new ArrayList<>();
        String parent = parentCode;
        while (parent != null && chain.size() < 10) {
            Optional<T> found = find.apply(parent);
            if (found.isEmpty()) {
                break;
            }
            chain.addFirst(found.get());
            parent = parentOf.apply(found.get());
        }
        return chain;
    }
}

package org.clusterworks.mapping.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clusterworks.analytics.classification.ClusterDefinition;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.Schemes;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.IndustryLink;
import org.springframework.stereotype.Component;

/**
 * Finds the cluster definition through which a dataset coded in an industry classification (e.g. NAICS codes of a
 * County Business Patterns file) is rolled up to clusters and subclusters, and hands it to the analytics engine.
 */
@Component
public class RollUps {

    /** Where a dataset's cluster- and subcluster-level figures come from. */
    public enum Level {
        /** The codes as stored (clusters already, or industries no definition applies to). */
        STORED,
        /** Industries added up to the clusters of the applicable definition. */
        CLUSTER,
        /** Industries added up to the subclusters of the applicable definition. */
        SUBCLUSTER
    }

    /**
     * A definition applied to a dataset: the module's view of it and the engine's table, with the name of every
     * subcluster code the engine gives ({@link ClusterDefinition#subclusterCode}).
     */
    public record Applied(
            ClusterDefinitions.Definition definition,
            ClusterDefinition engine,
            Map<String, String> subclusterNames,
            Map<String, List<String>> bridged) {

        public boolean hasSubclusters() {
            return !definition.subclusters().isEmpty();
        }
    }

    private final ClusterDefinitions definitions;
    private final Classifications classifications;

    RollUps(ClusterDefinitions definitions, Classifications classifications) {
        this.definitions = definitions;
        this.classifications = classifications;
    }

    /**
     * The definition a dataset is rolled up through: none when its industry scheme is itself a cluster definition or
     * {@code free}; otherwise the first definition the workspace can use that has subclusters (today the shipped U.S.
     * benchmark clusters) whose base classification is the dataset's, or else of the same family ({@code naics-2017}
     * data through the {@code naics-2012} definition; codes the definition does not list may then be
     * {@link #bridged bridged} through the concordances). Definitions without subclusters (a workspace's uploaded tables) are not applied on their own: a
     * dataset coded in a classification keeps its industries unless it was imported in the definition's clusters.
     */
    public Optional<Applied> applicable(long workspaceId, Dataset dataset) {
        String scheme = dataset.industryScheme();
        if (Schemes.FREE.equals(scheme) || definitions.find(workspaceId, scheme).isPresent()) {
            return Optional.empty();
        }
        List<String> exact = new ArrayList<>();
        List<String> sameFamily = new ArrayList<>();
        for (Map<String, Object> d : definitions.list(workspaceId)) {
            String base = (String) d.get("baseScheme");
            if (scheme.equals(base)) {
                exact.add((String) d.get("code"));
            } else if (family(scheme).equals(family(base))) {
                sameFamily.add((String) d.get("code"));
            }
        }
        exact.addAll(sameFamily);
        for (String code : exact) {
            Optional<ClusterDefinitions.Definition> d = definitions.find(workspaceId, code);
            if (d.isPresent() && !d.get().subclusters().isEmpty()) {
                return Optional.of(apply(d.get()));
            }
        }
        return Optional.empty();
    }

    private static String family(String scheme) {
        if (scheme == null) {
            return "";
        }
        int dash = scheme.indexOf('-');
        return dash < 0 ? scheme : scheme.substring(0, dash);
    }

    /** The engine's table of a definition: industry, cluster, subcluster (empty where it has none), traded. */
    static Applied apply(ClusterDefinitions.Definition d) {
        Map<String, String> names = new HashMap<>();
        d.subclusters().forEach((cluster, subs) -> {
            for (ClusterDefinitions.Subcluster s : subs) {
                names.put(ClusterDefinition.subclusterCode(cluster, s.code()), s.name());
            }
        });
        Map<String, ClusterDefinition.Entry> entries = entries(d);
        return new Applied(d, ClusterDefinition.of(entries.values()), Map.copyOf(names), Map.of());
    }

    private static Map<String, ClusterDefinition.Entry> entries(ClusterDefinitions.Definition d) {
        Map<String, String> subOf = new HashMap<>();
        d.subclusters()
                .values()
                .forEach(subs -> subs.forEach(s -> s.industryCodes().forEach(i -> subOf.put(i, s.code()))));
        Map<String, ClusterDefinition.Entry> entries = new LinkedHashMap<>();
        d.industries()
                .forEach((industry, cluster) -> entries.put(
                        industry,
                        new ClusterDefinition.Entry(
                                industry,
                                cluster,
                                subOf.getOrDefault(industry, ""),
                                d.clusters().get(cluster).traded())));
        return entries;
    }

    /**
     * The applied definition extended by those of {@code codes} (industry codes of the dataset's {@code scheme} the
     * definition does not list) that the shipped concordances link, in either direction, to codes of the definition's
     * classification family that all sit in one cluster and subcluster: such a code is wholly inside that subcluster
     * whichever way its activity is split, so it joins it without any allocation weight. A code linked into two
     * subclusters, or to nothing the definition lists, stays unknown. Example: NAICS 2012 211111 (crude petroleum and
     * natural gas extraction) links to NAICS 2017 211120 and 211130, both in Oil and Gas Extraction.
     */
    Applied bridged(Applied applied, String scheme, Collection<String> codes) {
        if (codes.isEmpty() || scheme == null) {
            return applied;
        }
        Map<String, ClusterDefinition.Entry> entries = entries(applied.definition());
        String family = family(applied.definition().baseScheme());
        Map<String, List<String>> bridged = new TreeMap<>();
        for (String code : codes) {
            Set<String> targets = new TreeSet<>();
            for (IndustryLink l : classifications.links(scheme, code)) {
                boolean out = l.startsAt(scheme, code);
                String otherScheme = out ? l.toScheme() : l.fromScheme();
                String other = out ? l.toCode() : l.fromCode();
                if (family(otherScheme).equals(family) && entries.containsKey(other)) {
                    targets.add(other);
                }
            }
            Set<String> homes = new HashSet<>();
            targets.forEach(t ->
                    homes.add(entries.get(t).cluster() + "|" + entries.get(t).subcluster()));
            if (homes.size() == 1) {
                ClusterDefinition.Entry home = entries.get(targets.iterator().next());
                entries.put(code, new ClusterDefinition.Entry(code, home.cluster(), home.subcluster(), home.traded()));
                bridged.put(code, List.copyOf(targets));
            }
        }
        if (bridged.isEmpty()) {
            return applied;
        }
        return new Applied(
                applied.definition(),
                ClusterDefinition.of(entries.values()),
                applied.subclusterNames(),
                Map.copyOf(bridged));
    }
}

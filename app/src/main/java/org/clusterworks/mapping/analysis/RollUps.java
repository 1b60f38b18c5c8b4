package org.clusterworks.mapping.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.analytics.classification.ClusterDefinition;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.Schemes;
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
            ClusterDefinitions.Definition definition, ClusterDefinition engine, Map<String, String> subclusterNames) {

        public boolean hasSubclusters() {
            return !definition.subclusters().isEmpty();
        }
    }

    private final ClusterDefinitions definitions;

    RollUps(ClusterDefinitions definitions) {
        this.definitions = definitions;
    }

    /**
     * The definition a dataset is rolled up through: none when its industry scheme is itself a cluster definition or
     * {@code free}; otherwise the first definition the workspace can use that has subclusters (today the shipped U.S.
     * benchmark clusters) whose base classification is the dataset's, or else of the same family ({@code naics-2017}
     * data through the {@code naics-2012} definition: codes the newer vintage changed are then reported as unknown,
     * not re-coded). Definitions without subclusters (a workspace's uploaded tables) are not applied on their own: a
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
        Map<String, String> subOf = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        d.subclusters().forEach((cluster, subs) -> {
            for (ClusterDefinitions.Subcluster s : subs) {
                names.put(ClusterDefinition.subclusterCode(cluster, s.code()), s.name());
                s.industryCodes().forEach(i -> subOf.put(i, s.code()));
            }
        });
        List<ClusterDefinition.Entry> entries = new ArrayList<>();
        d.industries()
                .forEach((industry, cluster) -> entries.add(new ClusterDefinition.Entry(
                        industry,
                        cluster,
                        subOf.getOrDefault(industry, ""),
                        d.clusters().get(cluster).traded())));
        return new Applied(d, ClusterDefinition.of(entries), Map.copyOf(names));
    }
}

package org.clusterworks.mapping.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;
import org.clusterworks.reference.TerritoryGeometry;
import org.springframework.stereotype.Component;

/**
 * Checks and names the codes of a dataset's region and industry schemes through the reference module (territories,
 * classifications) and the cluster definitions. The scheme {@code free} accepts any code.
 */
@Component
public class Schemes {

    public static final String FREE = "free";

    private final Territories territories;
    private final Classifications classifications;
    private final ClusterDefinitions clusterDefinitions;

    /**
     * Territories and industry codes already looked up for pages, by scheme and code: reference data does not change
     * while the application runs, and a profile of a dataset with 3,000 counties would otherwise ask for each of them
     * on every load. Only codes of stored datasets come here (never those of a file being checked); capped anyway.
     */
    private final Map<String, Optional<Territory>> territoryCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, String> industryTitleCache = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 100_000;

    private Optional<Territory> cachedTerritory(String scheme, String code) {
        if (territoryCache.size() > CACHE_LIMIT) {
            territoryCache.clear();
        }
        return territoryCache.computeIfAbsent(scheme + "\u0000" + code, k -> territories.find(scheme, code));
    }

    private String cachedTitle(String scheme, String code) {
        if (industryTitleCache.size() > CACHE_LIMIT) {
            industryTitleCache.clear();
        }
        return industryTitleCache.computeIfAbsent(
                scheme + "\u0000" + code,
                k -> classifications.find(scheme, code).map(IndustryCode::title).orElse(code));
    }

    Schemes(Territories territories, Classifications classifications, ClusterDefinitions clusterDefinitions) {
        this.territories = territories;
        this.classifications = classifications;
        this.clusterDefinitions = clusterDefinitions;
    }

    public List<String> regionSchemes() {
        List<String> out = new ArrayList<>(territories.schemes());
        out.add(FREE);
        return out;
    }

    public List<String> industrySchemes(long workspaceId) {
        List<String> out = new ArrayList<>();
        clusterDefinitions.list(workspaceId).forEach(d -> out.add((String) d.get("code")));
        out.addAll(classifications.schemes());
        out.add(FREE);
        return out;
    }

    public boolean isRegionScheme(String scheme) {
        return FREE.equals(scheme) || territories.isKnownScheme(scheme);
    }

    public boolean isIndustryScheme(long workspaceId, String scheme) {
        return FREE.equals(scheme)
                || classifications.isKnownScheme(scheme)
                || clusterDefinitions.find(workspaceId, scheme).isPresent();
    }

    /** The codes among {@code codes} that the region scheme does not know. */
    public Set<String> unknownRegions(String scheme, Collection<String> codes) {
        Set<String> out = new HashSet<>();
        if (FREE.equals(scheme)) {
            return out;
        }
        for (String c : codes) {
            if (territories.find(scheme, c).isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The codes among {@code codes} that the industry scheme does not know. */
    public Set<String> unknownIndustries(long workspaceId, String scheme, Collection<String> codes) {
        Set<String> out = new HashSet<>();
        if (FREE.equals(scheme)) {
            return out;
        }
        Optional<ClusterDefinitions.Definition> def = clusterDefinitions.find(workspaceId, scheme);
        for (String c : codes) {
            boolean known = def.isPresent()
                    ? def.get().clusters().containsKey(c)
                    : classifications.find(scheme, c).isPresent();
            if (!known) {
                out.add(c);
            }
        }
        return out;
    }

    /** Display names of region codes (the code itself where the scheme has none). */
    public Map<String, String> regionNames(String scheme, Collection<String> codes) {
        Map<String, String> out = new HashMap<>();
        for (String c : codes) {
            out.put(
                    c,
                    FREE.equals(scheme)
                            ? c
                            : cachedTerritory(scheme, c).map(Territory::name).orElse(c));
        }
        return out;
    }

    /** Display names of industry or cluster codes. */
    public Map<String, String> industryNames(long workspaceId, String scheme, Collection<String> codes) {
        Map<String, String> out = new HashMap<>();
        Optional<ClusterDefinitions.Definition> def =
                FREE.equals(scheme) ? Optional.empty() : clusterDefinitions.find(workspaceId, scheme);
        for (String c : codes) {
            String name = c;
            if (def.isPresent()) {
                ClusterDefinitions.Cluster cl = def.get().clusters().get(c);
                name = cl == null ? c : cl.name();
            } else if (!FREE.equals(scheme)) {
                name = cachedTitle(scheme, c);
            }
            out.put(c, name);
        }
        return out;
    }

    /**
     * Whether each code is a traded cluster: from the cluster definition where the scheme is one; otherwise every
     * code counts as traded (one LQ denominator, as for a plain industry classification).
     */
    public boolean[] traded(long workspaceId, String scheme, List<String> codes) {
        boolean[] out = new boolean[codes.size()];
        Optional<ClusterDefinitions.Definition> def =
                FREE.equals(scheme) ? Optional.empty() : clusterDefinitions.find(workspaceId, scheme);
        for (int i = 0; i < out.length; i++) {
            String code = codes.get(i);
            ClusterDefinitions.Cluster cl = def.map(d -> d.clusters().get(code)).orElse(null);
            out[i] = cl == null || cl.traded();
        }
        return out;
    }

    /** Whether the industry scheme is a cluster definition (so the U.S. Cluster Mapping flags apply). */
    public boolean isClusterScheme(long workspaceId, String scheme) {
        return !FREE.equals(scheme)
                && clusterDefinitions.find(workspaceId, scheme).isPresent();
    }

    /** The map geometry for the regions of a dataset: the level of its first region code, if shipped. */
    public Optional<TerritoryGeometry> geometry(String scheme, Collection<String> regionCodes) {
        if (FREE.equals(scheme) || regionCodes.isEmpty()) {
            return Optional.empty();
        }
        Optional<Territory> t = cachedTerritory(scheme, regionCodes.iterator().next());
        return t.flatMap(x -> territories.geometry(scheme, x.level()));
    }

    /** The territory record, for the geometry join key (ISO numeric for countries). */
    public Optional<Territory> territory(String scheme, String code) {
        return FREE.equals(scheme) ? Optional.empty() : cachedTerritory(scheme, code);
    }

    /** Neighbourhood for a region map: the territories sharing its parent (or its whole level). */
    public List<Territory> siblings(String scheme, String code) {
        Optional<Territory> t = territory(scheme, code);
        if (t.isEmpty()) {
            return List.of();
        }
        return territories.children(scheme, t.get().parentCode());
    }
}

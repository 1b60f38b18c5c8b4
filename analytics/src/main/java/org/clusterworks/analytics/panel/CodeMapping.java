package org.clusterworks.analytics.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mapping of source codes to target codes with weights (one source may feed several targets, e.g. a concordance
 * split); apply it to a panel's industries or regions with {@link Panel#mapIndustries} or {@link Panel#mapRegions}.
 */
public final class CodeMapping {

    /** One weighted link of a source code to a target code. */
    public record Link(String target, double weight) {}

    private final Map<String, List<Link>> links;

    private CodeMapping(Map<String, List<Link>> links) {
        this.links = links;
    }

    /** Starts an empty mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** The links of a source code, empty when unknown. */
    public List<Link> linksOf(String source) {
        return links.getOrDefault(source, List.of());
    }

    public boolean covers(String source) {
        return links.containsKey(source);
    }

    /**
     * Totals given per source code (e.g. reference-area employment per industry) added up per target code by the
     * links' weights, as {@link Panel#mapIndustries} adds up a panel's cells; sources without a link are left out
     * (find them with {@link #covers}). NaN values stay NaN in every target they reach.
     */
    public Map<String, Double> sum(Map<String, Double> totals) {
        Map<String, Double> out = new TreeMap<>();
        totals.forEach((source, value) -> {
            for (Link l : linksOf(source)) {
                out.merge(l.target(), value * l.weight(), Double::sum);
            }
        });
        return out;
    }

    /** Builds a {@link CodeMapping}. */
    public static final class Builder {

        private final Map<String, List<Link>> links = new LinkedHashMap<>();

        /** Adds a link; weights of one source usually sum to 1 (a split) but need not. */
        public Builder link(String source, String target, double weight) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "weight of " + source + " -> " + target + " must be finite and >= 0, got " + weight);
            }
            links.computeIfAbsent(source, k -> new ArrayList<>()).add(new Link(target, weight));
            return this;
        }

        public CodeMapping build() {
            Map<String, List<Link>> copy = new LinkedHashMap<>();
            links.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new CodeMapping(copy);
        }
    }

    /**
     * The result of applying a mapping: the new panel, and the source codes that had no link with the number of
     * stored cells they had (their values are left out).
     */
    public record Applied(Panel panel, Map<String, Integer> unknownCodes) {

        public Applied {
            unknownCodes = new TreeMap<>(unknownCodes);
        }
    }
}

package org.clusterworks.analytics.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.panel.CodeMapping;

/**
 * A correspondence table between two classifications (e.g. NAICS 2017 -> NACE Rev. 2). A source code linked to
 * several targets is split by the weights given (e.g. employment shares), or equally ({@code 1/k} for k targets)
 * when the links of that source carry no weights.
 */
public final class Concordance {

    private final Map<String, List<String>> targets = new LinkedHashMap<>();
    private final Map<String, List<Double>> weights = new LinkedHashMap<>();

    /** Adds an unweighted link. */
    public Concordance link(String source, String target) {
        return add(source, target, Double.NaN);
    }

    /** Adds a weighted link. */
    public Concordance link(String source, String target, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + source + " -> " + target + " must be >= 0 and finite");
        }
        return add(source, target, weight);
    }

    private Concordance() {}

    /** An empty concordance. */
    public static Concordance create() {
        return new Concordance();
    }

    private Concordance add(String source, String target, double weight) {
        List<String> t = targets.computeIfAbsent(source, k -> new ArrayList<>());
        if (t.contains(target)) {
            throw new IllegalArgumentException("link " + source + " -> " + target + " given twice");
        }
        t.add(target);
        weights.computeIfAbsent(source, k -> new ArrayList<>()).add(weight);
        return this;
    }

    /** The mapping with weights resolved; a source mixing weighted and unweighted links is an error. */
    public CodeMapping toMapping() {
        CodeMapping.Builder b = CodeMapping.builder();
        for (Map.Entry<String, List<String>> e : targets.entrySet()) {
            String source = e.getKey();
            List<Double> w = weights.get(source);
            long unweighted = w.stream().filter(x -> x.isNaN()).count();
            if (unweighted != 0 && unweighted != w.size()) {
                throw new IllegalArgumentException("source " + source + " mixes weighted and unweighted links");
            }
            for (int i = 0; i < e.getValue().size(); i++) {
                b.link(source, e.getValue().get(i), unweighted == 0 ? w.get(i) : 1.0 / w.size());
            }
        }
        return b.build();
    }
}

package org.clusterworks.observatory.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The closed answer lists, read from the database (filled from {@code observatory/taxonomy.tsv} at start-up). */
@Component
public class Taxonomy {

    private final ObservatoryRepository repository;
    private volatile Map<String, List<Item>> byDimension;

    public Taxonomy(ObservatoryRepository repository) {
        this.repository = repository;
    }

    /** The items of a dimension in questionnaire order. */
    public List<Item> items(Dimension dimension) {
        return all().getOrDefault(dimension.code(), List.of());
    }

    public Optional<Item> item(String dimension, String code) {
        return all().getOrDefault(dimension, List.of()).stream()
                .filter(i -> i.code().equals(code))
                .findFirst();
    }

    /** Forgets the cached lists (after an import changed them). */
    public void reload() {
        byDimension = null;
    }

    private Map<String, List<Item>> all() {
        Map<String, List<Item>> m = byDimension;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (Item i : repository.items()) {
                m.computeIfAbsent(i.dimension(), k -> new java.util.ArrayList<>())
                        .add(i);
            }
            byDimension = m;
        }
        return m;
    }
}

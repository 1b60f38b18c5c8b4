package org.clusterworks.learning.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A classification exercise: the learner puts each item into one category (a SWOT quadrant, a level of the results
 * chain); an item may accept more than one category where the methodology allows either.
 */
public record ClassifyExercise(String id, Text title, List<Category> categories, List<Item> items) implements Exercise {

    /** A category: its key (used in answers) and its label. */
    public record Category(String key, Text label) {}

    /** An item to classify and the categories accepted for it. */
    public record Item(Text text, Set<String> accepted) {}

    @Override
    public String type() {
        return "classification";
    }

    /** Per item (in order), whether the chosen category (by item index, 0-based) is accepted. */
    public List<Boolean> grade(Map<Integer, String> chosen) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String c = chosen.get(i);
            out.add(c != null && items.get(i).accepted().contains(c));
        }
        return out;
    }

    /** Whether every item is classified acceptably. */
    public boolean accepts(Map<Integer, String> chosen) {
        return grade(chosen).stream().allMatch(Boolean::booleanValue);
    }
}

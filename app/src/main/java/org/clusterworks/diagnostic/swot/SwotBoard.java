package org.clusterworks.diagnostic.swot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.diagnostic.SwotItem;
import org.clusterworks.diagnostic.SwotKind;

/**
 * Ranks an initiative's SWOT items by stakeholder votes: within each quadrant, most votes first (ties by title); the
 * first {@value #HIGH_PRIORITY_RANK} items of a quadrant with at least one vote are high priority.
 */
public final class SwotBoard {

    /** How many items per quadrant count as high priority. */
    public static final int HIGH_PRIORITY_RANK = 3;

    private SwotBoard() {}

    /** A ranked item: the stored row, its quadrant, its rank in the quadrant (1 = most votes). */
    public record Ranked(SwotRepository.Row row, SwotKind kind, int rank, boolean highPriority) {

        public SwotItem item() {
            return new SwotItem(
                    row.id(),
                    row.initiativeId(),
                    kind,
                    row.title(),
                    row.description() == null ? "" : row.description(),
                    row.votes(),
                    highPriority);
        }
    }

    /** The items grouped by quadrant in SWOT order, each quadrant ranked. */
    public static Map<SwotKind, List<Ranked>> rank(List<SwotRepository.Row> rows) {
        Map<SwotKind, List<Ranked>> byKind = new EnumMap<>(SwotKind.class);
        for (SwotKind k : SwotKind.values()) {
            List<SwotRepository.Row> quadrant = rows.stream()
                    .filter(r -> k.name().equals(r.kind()))
                    .sorted(Comparator.comparingInt(SwotRepository.Row::votes)
                            .reversed()
                            .thenComparing(SwotRepository.Row::title, String.CASE_INSENSITIVE_ORDER)
                            .thenComparingLong(SwotRepository.Row::id))
                    .toList();
            List<Ranked> ranked = new ArrayList<>();
            for (int i = 0; i < quadrant.size(); i++) {
                var r = quadrant.get(i);
                ranked.add(new Ranked(r, k, i + 1, i < HIGH_PRIORITY_RANK && r.votes() > 0));
            }
            byKind.put(k, ranked);
        }
        return byKind;
    }

    /** All items flattened in SWOT order then rank. */
    public static List<SwotItem> items(List<SwotRepository.Row> rows) {
        return rank(rows).values().stream()
                .flatMap(List::stream)
                .map(Ranked::item)
                .toList();
    }
}

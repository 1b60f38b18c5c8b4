package org.clusterworks.learning.practice;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.diagnostic.SwotItem;
import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The SWOT exercise on a workspace's own diagnostic: the learner sorts an initiative's SWOT items, shown by title so
 * the board's order gives nothing away, into strengths, weaknesses, opportunities and threats, checked against the
 * quadrant the diagnostic holds them in.
 */
@Component
class SwotPractice {

    /** At most this many items are asked, so the exercise stays short. */
    static final int MAX_ITEMS = 16;

    /** The learner's answers: the quadrant chosen per item id and whether it is the diagnostic's. */
    public record Check(Map<Long, SwotKind> chosen, Map<Long, Boolean> marks) {
        public long right() {
            return marks.values().stream().filter(Boolean::booleanValue).count();
        }

        public boolean correct() {
            return right() == marks.size();
        }
    }

    private final Initiatives initiatives;
    private final Diagnostics diagnostics;

    SwotPractice(Initiatives initiatives, Diagnostics diagnostics) {
        this.initiatives = initiatives;
        this.diagnostics = diagnostics;
    }

    /** The workspace's initiatives whose SWOT board has items. */
    List<InitiativeSummary> withSwot(long workspaceId) {
        return initiatives.all(workspaceId).stream()
                .filter(i -> !diagnostics.swot(workspaceId, i.id()).isEmpty())
                .toList();
    }

    boolean hasData(long workspaceId) {
        return !withSwot(workspaceId).isEmpty();
    }

    /** The chosen initiative among those with a SWOT, the first when none is named; a wrong one is a field error. */
    Optional<InitiativeSummary> initiative(long workspaceId, String param, InvalidInput.Collector errors) {
        List<InitiativeSummary> all = withSwot(workspaceId);
        Long id = FormFields.id("initiativeId", param, false, errors);
        if (id == null) {
            return all.stream().findFirst();
        }
        Optional<InitiativeSummary> found =
                all.stream().filter(i -> i.id() == id).findFirst();
        if (found.isEmpty()) {
            errors.add("initiativeId", "input.unknown-choice");
        }
        return found;
    }

    /** The items asked, ordered by title (then id) rather than by quadrant. */
    List<SwotItem> items(long workspaceId, long initiativeId) {
        return diagnostics.swot(workspaceId, initiativeId).stream()
                .sorted(Comparator.comparing((SwotItem s) -> s.title().toLowerCase(Locale.ROOT))
                        .thenComparing(SwotItem::id))
                .limit(MAX_ITEMS)
                .toList();
    }

    /** Reads {@code item<ID>} for each asked item; a missing or unknown quadrant is a field error. */
    Check check(List<SwotItem> items, Map<String, String> form, InvalidInput.Collector errors) {
        Map<Long, SwotKind> chosen = new LinkedHashMap<>();
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        for (SwotItem item : items) {
            String field = "item" + item.id();
            String value = FormFields.text(form.get(field));
            if (value == null) {
                errors.add(field, "input.required");
                continue;
            }
            SwotKind kind = SwotKind.parse(value);
            if (kind == null) {
                errors.add(field, "input.unknown-choice");
                continue;
            }
            chosen.put(item.id(), kind);
            marks.put(item.id(), kind == item.kind());
        }
        errors.throwIfAny();
        return new Check(chosen, marks);
    }
}

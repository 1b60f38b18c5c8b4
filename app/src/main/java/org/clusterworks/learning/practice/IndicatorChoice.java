package org.clusterworks.learning.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterworks.monitoring.IndicatorTemplate;

/**
 * An indicator a learner chose from the monitoring library for a draft action line, with what the learner says of
 * it (null where left blank).
 */
public record IndicatorChoice(String key, String unit, String source, String frequency, String direction) {

    /** The checks of one chosen indicator: each rule name with whether it holds. */
    List<ActionLineDraft.Rule> rules(Optional<IndicatorTemplate> template) {
        List<ActionLineDraft.Rule> out = new ArrayList<>();
        out.add(new ActionLineDraft.Rule("unit", unit != null));
        out.add(new ActionLineDraft.Rule("source", source != null));
        out.add(new ActionLineDraft.Rule("frequency", frequency != null));
        out.add(new ActionLineDraft.Rule("direction", direction != null));
        out.add(new ActionLineDraft.Rule(
                "unit-matches",
                unit != null && template.map(t -> t.unit().equals(unit)).orElse(false)));
        out.add(new ActionLineDraft.Rule(
                "direction-matches",
                direction != null
                        && template.map(t -> t.direction().equals(direction)).orElse(false)));
        return out;
    }

    /** Whether at least one of the chosen indicators measures an outcome (its library level). */
    static boolean anyOutcome(List<IndicatorChoice> choices, List<IndicatorTemplate> library) {
        return choices.stream()
                .anyMatch(c -> library.stream().anyMatch(t -> t.key().equals(c.key()) && "OUTCOME".equals(t.level())));
    }
}

package org.clusterworks.learning.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.diagnostic.SwotItem;
import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.monitoring.IndicatorTemplate;
import org.clusterworks.monitoring.IndicatorTemplates;
import org.clusterworks.planning.PlannedObjective;
import org.clusterworks.planning.Plans;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The planning exercises on a workspace's own initiative: draft an action line answering one of its SWOT
 * weaknesses under one of its plan's objectives, then choose indicators for it from the monitoring library.
 */
@Component
class ActionLinePractice {

    /** How many indicators the learner may choose for one draft. */
    static final int INDICATOR_ROWS = 3;

    private final Initiatives initiatives;
    private final Diagnostics diagnostics;
    private final Plans plans;
    private final IndicatorTemplates templates;

    ActionLinePractice(Initiatives initiatives, Diagnostics diagnostics, Plans plans, IndicatorTemplates templates) {
        this.initiatives = initiatives;
        this.diagnostics = diagnostics;
        this.plans = plans;
        this.templates = templates;
    }

    boolean hasData(long workspaceId) {
        return !initiatives.all(workspaceId).isEmpty();
    }

    List<InitiativeSummary> initiatives(long workspaceId) {
        return initiatives.all(workspaceId);
    }

    /** The named initiative, else the first with SWOT weaknesses, else the first; a wrong one is a field error. */
    Optional<InitiativeSummary> initiative(long workspaceId, String param, InvalidInput.Collector errors) {
        List<InitiativeSummary> all = initiatives.all(workspaceId);
        Long id = FormFields.id("initiativeId", param, false, errors);
        if (id == null) {
            return all.stream()
                    .filter(i -> !weaknesses(workspaceId, i.id()).isEmpty())
                    .findFirst()
                    .or(() -> all.stream().findFirst());
        }
        Optional<InitiativeSummary> found =
                all.stream().filter(i -> i.id() == id).findFirst();
        if (found.isEmpty()) {
            errors.add("initiativeId", "input.unknown-choice");
        }
        return found;
    }

    List<SwotItem> weaknesses(long workspaceId, long initiativeId) {
        return diagnostics.swot(workspaceId, initiativeId).stream()
                .filter(s -> s.kind() == SwotKind.WEAKNESS)
                .toList();
    }

    List<PlannedObjective> objectives(long workspaceId, long initiativeId) {
        return plans.objectives(workspaceId, initiativeId);
    }

    List<IndicatorTemplate> library() {
        return templates.library();
    }

    IndicatorTemplates vocabulary() {
        return templates;
    }

    /** Reads the draft from the form; unreadable or unknown values are field errors, gaps are left to the rules. */
    ActionLineDraft read(long sourceWorkspaceId, long initiativeId, Map<String, String> form) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long weakness = FormFields.id("weaknessId", form.get("weaknessId"), false, errors);
        if (weakness != null
                && weaknesses(sourceWorkspaceId, initiativeId).stream().noneMatch(w -> w.id() == weakness)) {
            errors.add("weaknessId", "input.unknown-choice");
        }
        Long objective = FormFields.id("objectiveId", form.get("objectiveId"), false, errors);
        if (objective != null
                && objectives(sourceWorkspaceId, initiativeId).stream().noneMatch(o -> o.id() == objective)) {
            errors.add("objectiveId", "input.unknown-choice");
        }
        var draft = new ActionLineDraft(
                0,
                sourceWorkspaceId,
                initiativeId,
                weakness,
                FormFields.optional("weaknessText", form.get("weaknessText"), 300, errors),
                objective,
                FormFields.optional("objectiveText", form.get("objectiveText"), 300, errors),
                FormFields.required("title", form.get("title"), 300, errors),
                FormFields.optional("owner", form.get("owner"), 200, errors),
                FormFields.date("start", form.get("start"), false, errors),
                FormFields.date("end", form.get("end"), false, errors),
                FormFields.decimal("budget", form.get("budget"), 0, 1e15, errors),
                FormFields.decimal("membersShare", form.get("membersShare"), 0, 1e6, errors),
                FormFields.decimal("fundersShare", form.get("fundersShare"), 0, 1e6, errors));
        errors.throwIfAny();
        return draft;
    }

    List<ActionLineDraft.Rule> rules(ActionLineDraft draft) {
        return draft.rules(
                !objectives(draft.sourceWorkspaceId(), draft.initiativeId()).isEmpty(),
                !weaknesses(draft.sourceWorkspaceId(), draft.initiativeId()).isEmpty());
    }

    /**
     * Reads the chosen indicators ({@code indicator<N>}, {@code unit<N>}, {@code source<N>}, {@code frequency<N>},
     * {@code direction<N>}); a value outside the library or its vocabularies is a field error, and so is choosing none.
     */
    List<IndicatorChoice> readIndicators(Map<String, String> form) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        List<IndicatorChoice> out = new ArrayList<>();
        for (int n = 0; n < INDICATOR_ROWS; n++) {
            String key = FormFields.text(form.get("indicator" + n));
            if (key == null) {
                continue;
            }
            if (library().stream().noneMatch(t -> t.key().equals(key))) {
                errors.add("indicator" + n, "input.unknown-choice");
            }
            out.add(new IndicatorChoice(
                    key,
                    vocabulary("unit" + n, form, templates.units(), errors),
                    vocabulary("source" + n, form, templates.sources(), errors),
                    vocabulary("frequency" + n, form, templates.frequencies(), errors),
                    vocabulary("direction" + n, form, templates.directions(), errors)));
        }
        if (out.isEmpty()) {
            errors.add("indicator0", "input.required");
        }
        errors.throwIfAny();
        return out;
    }

    private static String vocabulary(
            String field, Map<String, String> form, List<String> allowed, InvalidInput.Collector errors) {
        String v = FormFields.text(form.get(field));
        if (v != null && !allowed.contains(v)) {
            errors.add(field, "input.unknown-choice");
        }
        return v;
    }

    Optional<IndicatorTemplate> template(String key) {
        return library().stream().filter(t -> t.key().equals(key)).findFirst();
    }
}

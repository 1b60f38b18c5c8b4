package org.clusterworks.initiatives;

import java.util.List;
import java.util.Locale;

/**
 * The stages of a cluster initiative's cycle (UNIDO), each with its checklist and, where the method asks for it,
 * the kind of document the governance body must endorse before the stage is complete.
 */
public enum Stage {
    SELECTION(null, "mapping-reviewed", "criteria-agreed", "cluster-selected", "selection-memo", "launch-workshop"),
    GOVERNANCE(
            null,
            "stakeholders-identified",
            "cluster-organisation",
            "commission-constituted",
            "rules-adopted",
            "first-meeting"),
    DIAGNOSTIC(
            "DIAGNOSTIC_REPORT",
            "firm-survey",
            "swot",
            "value-chain",
            "network-analysis",
            "report-drafted",
            "validation-workshop"),
    VISION_ACTION_PLAN(
            "ACTION_PLAN",
            "vision-agreed",
            "objectives-set",
            "action-lines",
            "budget-cofinancing",
            "indicators-defined"),
    IMPLEMENTATION(null, "pilot-actions", "joint-actions", "events-held", "fees-collected"),
    MONITORING_EVALUATION("PROGRESS_REPORT", "indicators-collected", "progress-report", "evaluation-done");

    private final String endorsedDocumentKind;
    private final List<String> checklist;

    Stage(String endorsedDocumentKind, String... checklist) {
        this.endorsedDocumentKind = endorsedDocumentKind;
        this.checklist = List.of(checklist);
    }

    /** The document kind the governance body must endorse to complete this stage, or null. */
    public String endorsedDocumentKind() {
        return endorsedDocumentKind;
    }

    /** The checklist item keys of this stage, in order. */
    public List<String> checklist() {
        return checklist;
    }

    /** The next stage, or null after monitoring and evaluation. */
    public Stage next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    public String messageKey() {
        return "stage." + name().toLowerCase(Locale.ROOT);
    }
}

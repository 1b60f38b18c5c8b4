package org.clusterworks.initiatives;

/** The documents other modules produce and submit to an initiative's governance body for endorsement. */
public enum EndorsedDocument {
    SELECTION_MEMO,
    DIAGNOSTIC_REPORT,
    ACTION_PLAN,
    PROGRESS_REPORT
}

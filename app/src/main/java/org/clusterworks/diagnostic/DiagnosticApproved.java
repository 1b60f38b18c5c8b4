package org.clusterworks.diagnostic;

import java.time.OffsetDateTime;

/**
 * Published when an initiative's diagnostic is approved and its figures are frozen as the monitoring baseline.
 *
 * @param workspaceId the workspace
 * @param initiativeId the initiative whose diagnostic was approved
 * @param diagnosticId the id of the frozen baseline snapshot
 * @param approvedAt when it was approved
 */
public record DiagnosticApproved(long workspaceId, long initiativeId, long diagnosticId, OffsetDateTime approvedAt) {}

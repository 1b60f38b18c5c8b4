package org.clusterworks.diagnostic;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The figures an approved diagnostic froze as the monitoring baseline of an initiative.
 *
 * @param id the baseline's id (the {@code diagnosticId} of {@link DiagnosticApproved})
 * @param initiativeId the initiative
 * @param approvedAt when it was approved
 * @param figures key figures by name, e.g. {@code network.density}, {@code network.ties}, {@code
 *     network.cross_helix_share}, {@code swot.items}, {@code valuechain.gaps}, {@code survey.respondents}
 */
public record DiagnosticBaseline(long id, long initiativeId, OffsetDateTime approvedAt, Map<String, Double> figures) {}

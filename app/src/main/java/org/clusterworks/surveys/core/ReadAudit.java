package org.clusterworks.surveys.core;

import java.util.List;
import org.clusterworks.identity.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts every reading of confidential answers on the audit trail (the trail records who read them and when): one
 * respondent's answers opened for entry or downloaded as a workbook, or a round's raw answers exported.
 */
@Component
class ReadAudit {

    /** The audit trail's entity type for a reading of survey answers. */
    static final String ENTITY = "survey-answers";

    private final ApplicationEventPublisher events;
    private final RoundRepository rounds;

    ReadAudit(ApplicationEventPublisher events, RoundRepository rounds) {
        this.events = events;
        this.rounds = rounds;
    }

    /** One respondent's answers read ({@code how}: page or workbook). */
    void respondent(long ws, long roundId, Respondent r, String how) {
        events.publishEvent(new AuditEvent(
                ws,
                AuditEvent.Action.VIEWED,
                ENTITY,
                roundId + "/" + r.key(),
                "Answers of respondent " + r.key() + " of round " + roundId + " read (" + how + ")"));
    }

    /** A round's raw answers exported; the summary names the respondents included. */
    void export(long ws, long roundId, String format, String channel) {
        List<String> keys = rounds.respondents(roundId).stream()
                .filter(Respondent::submitted)
                .map(Respondent::key)
                .toList();
        events.publishEvent(new AuditEvent(
                ws,
                AuditEvent.Action.VIEWED,
                ENTITY,
                Long.toString(roundId),
                "Raw answers of round " + roundId + " exported (" + format + ", " + channel + ") for " + keys.size()
                        + " respondents: " + String.join(", ", keys)));
    }
}

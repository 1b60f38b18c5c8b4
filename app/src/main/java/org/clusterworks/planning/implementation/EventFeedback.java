package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.clusterworks.planning.implementation.Implementation.Registration;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.SurveyFielding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback questionnaire of a past event, fielded through the surveys module: organisers send it once, as a round
 * for the organisations whose people attended; the event page shows the round, the personal links to hand out and,
 * once answers come in, how many answered and their average overall rating.
 */
@Service
public class EventFeedback {

    private final ImplementationService service;
    private final ImplementationRepository repo;
    private final SurveyFielding fielding;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    EventFeedback(
            ImplementationService service,
            ImplementationRepository repo,
            SurveyFielding fielding,
            JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.service = service;
        this.repo = repo;
        this.fielding = fielding;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The event's feedback round as the event page shows it.
     *
     * @param averageRating mean overall rating (1-5) of the submitted responses that gave one, else null
     * @param attendAgain how many answered yes to attending again
     */
    public record Results(
            long roundId,
            String sentByName,
            OffsetDateTime sentAt,
            List<SurveyFielding.PanelLink> links,
            int responses,
            BigDecimal averageRating,
            int attendAgain) {}

    /** The organisations with at least one attendee (members registered by person), in registration order. */
    static Set<Long> attendingOrganisations(List<Registration> registrations) {
        Set<Long> orgs = new LinkedHashSet<>();
        for (Registration r : registrations) {
            if (r.attended() && !r.waiting() && r.organisationId() != null) {
                orgs.add(r.organisationId());
            }
        }
        return orgs;
    }

    /** Mean of the ratings given, to two decimals, or null when none. */
    static BigDecimal average(List<SurveyFielding.SubmittedResponse> responses) {
        int n = 0;
        int sum = 0;
        for (var r : responses) {
            String v = r.values().get(FeedbackForm.RATING);
            if (v != null && v.matches("[1-5]")) {
                sum += Integer.parseInt(v);
                n++;
            }
        }
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /**
     * Sends the questionnaire for a past event of an initiative the user edits. Returns the round's id.
     *
     * @throws InvalidInput ({@code event}) when the event has not ended, nobody from an organisation attended, or the
     *     questionnaire was already sent
     */
    @Transactional
    public long send(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long eventId) {
        InitiativeSummary i = service.access().editable(ws, user, initiativeId);
        Event e = service.event(i, eventId);
        var errors = new InvalidInput.Collector();
        OffsetDateTime end = e.endsAt() != null ? e.endsAt() : e.startsAt();
        Set<Long> orgs = attendingOrganisations(repo.registrations(e.id()));
        if (roundOf(e.id()).isPresent()) {
            errors.add("event", "planning.feedback.error.sent");
        } else if (end.isAfter(OffsetDateTime.now())) {
            errors.add("event", "planning.feedback.error.not-ended");
        } else if (orgs.isEmpty()) {
            errors.add("event", "planning.feedback.error.no-attendees");
        }
        errors.throwIfAny();
        String title = "Feedback: " + e.title();
        long questionnaire = fielding.importQuestionnaire(ws.id(), FeedbackForm.workbook(title), title);
        long round = fielding.openRound(ws.id(), i.id(), questionnaire, title, orgs);
        jdbc.sql("insert into planning_event_feedback (event_id, workspace_id, round_id, questionnaire_id,"
                        + " sent_by_name, sent_at) values (:e, :w, :r, :q, :b, :t)")
                .param("e", e.id())
                .param("w", ws.id())
                .param("r", round)
                .param("q", questionnaire)
                .param("b", user.displayName())
                .param("t", OffsetDateTime.now())
                .update();
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.CREATED,
                "planning-event-feedback",
                String.valueOf(e.id()),
                "feedback round " + round + " for " + orgs.size() + " organisations"));
        return round;
    }

    private Optional<Object[]> roundOf(long eventId) {
        return jdbc.sql("select round_id, sent_by_name, sent_at from planning_event_feedback where event_id = :e")
                .param("e", eventId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)})
                .optional();
    }

    /** The event's feedback round and its results so far, if the questionnaire was sent. */
    @Transactional(readOnly = true)
    public Optional<Results> results(long workspaceId, Event e) {
        return roundOf(e.id()).map(row -> {
            long round = (Long) row[0];
            var responses = fielding.responses(workspaceId, round);
            int again = (int) responses.stream()
                    .filter(r -> "yes".equals(r.values().get(FeedbackForm.ATTEND_AGAIN)))
                    .count();
            return new Results(
                    round,
                    (String) row[1],
                    (OffsetDateTime) row[2],
                    fielding.panel(workspaceId, round),
                    responses.size(),
                    average(responses),
                    again);
        });
    }
}

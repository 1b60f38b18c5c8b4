package org.clusterworks.planning.implementation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.core.PlanningAccess;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events open to the public: people who are not members register with name, e-mail, organisation and consent
 * (one registration per e-mail and event, within the seats members and the public share, else on the waiting
 * list); organisers open or close an event, record attendance and remove a registration.
 */
@Service
public class PublicEvents {

    private static final String EVENT = "e.id, e.initiative_id, e.action_line_id, e.title, e.kind, e.starts_at,"
            + " e.ends_at, e.place, e.capacity, e.description";
    private static final String REGISTRATION =
            "id, event_id, full_name, email, organisation, consent_at, registered_at, waiting, attended";

    /** A registration by someone who is not a member. */
    public record PublicRegistration(
            long id,
            long eventId,
            String fullName,
            String email,
            String organisation,
            OffsetDateTime consentAt,
            OffsetDateTime registeredAt,
            boolean waiting,
            boolean attended) {}

    /** A public event as listed: the event, its initiative's name and the seats left (null: no limit). */
    public record Listed(Event event, String initiativeName, Long seatsLeft) {}

    private final JdbcClient jdbc;
    private final ImplementationRepository repo;
    private final ImplementationService service;
    private final ApplicationEventPublisher events;
    private final Initiatives initiatives;

    PublicEvents(
            Initiatives initiatives,
            JdbcClient jdbc,
            ImplementationRepository repo,
            ImplementationService service,
            ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.jdbc = jdbc;
        this.repo = repo;
        this.service = service;
        this.events = events;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The workspace's id and name by its slug. */
    public Optional<Object[]> workspace(String slug) {
        return jdbc.sql("select id, name from workspace where slug = :s")
                .param("s", slug == null ? "" : slug)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("name")})
                .optional();
    }

    /** The workspace's public events that have not ended, soonest first, optionally of one initiative. */
    public List<Listed> upcoming(long workspaceId, Long initiativeId) {
        var names = new java.util.HashMap<Long, String>();
        initiatives.all(workspaceId).forEach(i -> names.put(i.id(), i.name()));
        return jdbc
                .sql("select " + EVENT + " from planning_event e where e.workspace_id = :w and"
                        + " e.public_registration and coalesce(e.ends_at, e.starts_at) >= :now order by e.starts_at,"
                        + " e.id")
                .param("w", workspaceId)
                .param("now", now())
                .query(Rows.of(Event.class))
                .list()
                .stream()
                .filter(e -> initiativeId == null || e.initiativeId() == initiativeId)
                .map(e -> new Listed(e, names.getOrDefault(e.initiativeId(), ""), seatsLeft(e)))
                .toList();
    }

    /** The event if it is open to the public. */
    public Optional<Event> find(long eventId) {
        return jdbc.sql("select " + EVENT + " from planning_event e where e.id = :id and e.public_registration")
                .param("id", eventId)
                .query(Rows.of(Event.class))
                .optional();
    }

    /** The name of the initiative an event belongs to, for the public page's heading. */
    public String initiativeName(Event e) {
        return initiatives
                .find(workspaceOf(e), e.initiativeId())
                .map(InitiativeSummary::name)
                .orElse("");
    }

    /** Seats left for the event, or null when it has no capacity. */
    public Long seatsLeft(Event e) {
        return e.capacity() == null ? null : Math.max(0, e.capacity() - repo.seatsTaken(e.id()));
    }

    /**
     * Registers someone for a public event; returns whether they went on the waiting list.
     *
     * @throws InvalidInput naming the field: {@code fullName}, {@code email} (missing, malformed or already
     *     registered), {@code organisation}, {@code consent}, or {@code event} when it has ended
     */
    @Transactional
    public boolean register(long eventId, PublicRegistrationInput input) {
        Event e = find(eventId).orElseThrow(() -> PlanningAccess.notFound("public event " + eventId));
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        OffsetDateTime end = e.endsAt() != null ? e.endsAt() : e.startsAt();
        if (end.isBefore(now())) {
            errors.add("event", "planning.public.closed");
        }
        if (v.email() != null && registered(e.id(), v.email())) {
            errors.add("email", "planning.public.already-registered");
        }
        errors.throwIfAny();
        boolean waiting = e.capacity() != null && repo.seatsTaken(e.id()) >= e.capacity();
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into planning_public_registration (event_id, full_name, email, organisation, consent_at,"
                            + " registered_at, waiting, attended) values (:e, :n, :m, :o, :c, :t, :w, false)")
                    .param("e", e.id())
                    .param("n", v.fullName())
                    .param("m", v.email())
                    .param("o", v.organisation())
                    .param("c", now())
                    .param("t", now())
                    .param("w", waiting)
                    .update(keys, "id");
        } catch (DuplicateKeyException ex) {
            throw new InvalidInput(java.util.Map.of("email", "planning.public.already-registered"));
        }
        events.publishEvent(new AuditEvent(
                workspaceOf(e),
                AuditEvent.Action.CREATED,
                "planning-public-registration",
                String.valueOf(keys.getKey()),
                e.title() + (waiting ? " (waiting list)" : "")));
        return waiting;
    }

    private boolean registered(long eventId, String email) {
        return jdbc.sql("select count(*) from planning_public_registration where event_id = :e and email = :m")
                        .param("e", eventId)
                        .param("m", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long workspaceOf(Event e) {
        return jdbc.sql("select workspace_id from planning_event where id = :e")
                .param("e", e.id())
                .query(Long.class)
                .single();
    }

    /** The public registrations of an event, in the order people registered. */
    public List<PublicRegistration> registrations(long eventId) {
        return jdbc.sql("select " + REGISTRATION + " from planning_public_registration where event_id = :e order by"
                        + " registered_at, id")
                .param("e", eventId)
                .query(Rows.of(PublicRegistration.class))
                .list();
    }

    private InitiativeSummary editable(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId) {
        return service.access().editable(ws, user, initiativeId);
    }

    /** Opens the event to the public or closes it (registrations made stay). */
    @Transactional
    public void setOpen(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long eventId, boolean open) {
        Event e = service.event(editable(ws, user, initiativeId), eventId);
        repo.setPublic(e.id(), open);
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.CHANGED,
                "planning-event",
                String.valueOf(e.id()),
                e.title() + (open ? " opened to the public" : " closed to the public")));
    }

    @Transactional
    public void setAttended(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long initiativeId,
            long eventId,
            long registrationId,
            boolean attended) {
        Event e = service.event(editable(ws, user, initiativeId), eventId);
        int n = jdbc.sql("update planning_public_registration set attended = :a where event_id = :e and id = :r")
                .param("a", attended)
                .param("e", e.id())
                .param("r", registrationId)
                .update();
        if (n == 0) {
            throw PlanningAccess.notFound("registration " + registrationId);
        }
    }

    /** Removes a public registration; a freed seat goes to the first person waiting. */
    @Transactional
    public void cancel(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long eventId, long registrationId) {
        Event e = service.event(editable(ws, user, initiativeId), eventId);
        PublicRegistration r = registrations(e.id()).stream()
                .filter(x -> x.id() == registrationId)
                .findFirst()
                .orElseThrow(() -> PlanningAccess.notFound("registration " + registrationId));
        jdbc.sql("delete from planning_public_registration where id = :r")
                .param("r", r.id())
                .update();
        if (!r.waiting()) {
            repo.promoteWaiting(e.id());
        }
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.DELETED, "planning-public-registration", String.valueOf(r.id()), e.title()));
    }
}

package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.clusterworks.planning.implementation.Implementation.JointAction;
import org.clusterworks.planning.implementation.Implementation.Participant;
import org.clusterworks.planning.implementation.Implementation.Registration;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes joint actions and events; rows are looked up with their initiative, which callers checked. */
@Repository
public class ImplementationRepository {

    private static final String JOINT = "id, initiative_id, action_line_id, title, kind, direction, start_date,"
            + " end_date, budget, currency, status, results, continued";
    private static final String EVENT =
            "id, initiative_id, action_line_id, title, kind, starts_at, ends_at, place, capacity, description";
    private static final String REGISTRATION =
            "id, event_id, person_id, organisation_id, registered_by_name," + " registered_at, waiting, attended";

    private final JdbcClient jdbc;

    ImplementationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private long insert(JdbcClient.StatementSpec spec) {
        var keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    // Joint actions

    public List<JointAction> jointActions(long initiativeId) {
        return jdbc.sql("select " + JOINT + " from planning_joint_action where initiative_id = :i order by start_date,"
                        + " id")
                .param("i", initiativeId)
                .query(Rows.of(JointAction.class))
                .list();
    }

    /** The joint actions of several initiatives (a programme's ledger). */
    public List<JointAction> jointActionsOf(long workspaceId) {
        return jdbc.sql("select " + JOINT + " from planning_joint_action where workspace_id = :w order by start_date,"
                        + " id")
                .param("w", workspaceId)
                .query(Rows.of(JointAction.class))
                .list();
    }

    public Optional<JointAction> jointAction(long initiativeId, long id) {
        return jdbc.sql("select " + JOINT + " from planning_joint_action where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(JointAction.class))
                .optional();
    }

    /** The grant a joint action was recorded from, if any. */
    public Optional<Long> grantOf(long jointActionId) {
        return jdbc.sql("select grant_id from planning_joint_action where id = :id and grant_id is not null")
                .param("id", jointActionId)
                .query(Long.class)
                .optional();
    }

    public long insertJointAction(long workspaceId, long initiativeId, JointActionInput.Valid v) {
        return insert(jdbc.sql("insert into planning_joint_action (workspace_id, initiative_id, action_line_id, title,"
                        + " kind, direction, start_date, end_date, budget, currency, status, results, continued,"
                        + " created_at) values (:w, :i, :l, :t, :k, :d, :s, :e, :b, :c, :st, :r, :co, :at)")
                .param("w", workspaceId)
                .param("i", initiativeId)
                .param("l", v.actionLineId())
                .param("t", v.title())
                .param("k", v.kind().name())
                .param("d", v.direction().name())
                .param("s", v.startDate())
                .param("e", v.endDate())
                .param("b", v.budget())
                .param("c", v.currency())
                .param("st", v.status().name())
                .param("r", v.results())
                .param("co", v.continued())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)));
    }

    public void updateJointAction(long initiativeId, long id, JointActionInput.Valid v) {
        jdbc.sql("update planning_joint_action set action_line_id = :l, title = :t, kind = :k, direction = :d,"
                        + " start_date = :s, end_date = :e, budget = :b, currency = :c, status = :st, results = :r,"
                        + " continued = :co where initiative_id = :i and id = :id")
                .param("l", v.actionLineId())
                .param("t", v.title())
                .param("k", v.kind().name())
                .param("d", v.direction().name())
                .param("s", v.startDate())
                .param("e", v.endDate())
                .param("b", v.budget())
                .param("c", v.currency())
                .param("st", v.status().name())
                .param("r", v.results())
                .param("co", v.continued())
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    public List<Participant> participants(long initiativeId) {
        return jdbc.sql("select p.joint_action_id, p.organisation_id, p.contribution, p.role from"
                        + " planning_joint_participant p join planning_joint_action j on j.id = p.joint_action_id"
                        + " where j.initiative_id = :i order by p.joint_action_id, p.organisation_id")
                .param("i", initiativeId)
                .query(Rows.of(Participant.class))
                .list();
    }

    public List<Participant> participantsOf(long workspaceId) {
        return jdbc.sql("select p.joint_action_id, p.organisation_id, p.contribution, p.role from"
                        + " planning_joint_participant p join planning_joint_action j on j.id = p.joint_action_id"
                        + " where j.workspace_id = :w order by p.joint_action_id, p.organisation_id")
                .param("w", workspaceId)
                .query(Rows.of(Participant.class))
                .list();
    }

    /** Adds the organisation or changes its contribution. */
    public void saveParticipant(long jointActionId, long organisationId, BigDecimal contribution, String role) {
        int n = jdbc.sql("update planning_joint_participant set contribution = :c, role = :r where joint_action_id = :j"
                        + " and organisation_id = :o")
                .param("c", contribution)
                .param("r", role)
                .param("j", jointActionId)
                .param("o", organisationId)
                .update();
        if (n == 0) {
            jdbc.sql("insert into planning_joint_participant (joint_action_id, organisation_id, contribution, role)"
                            + " values (:j, :o, :c, :r)")
                    .param("j", jointActionId)
                    .param("o", organisationId)
                    .param("c", contribution)
                    .param("r", role)
                    .update();
        }
    }

    public int removeParticipant(long jointActionId, long organisationId) {
        return jdbc.sql("delete from planning_joint_participant where joint_action_id = :j and organisation_id = :o")
                .param("j", jointActionId)
                .param("o", organisationId)
                .update();
    }

    // Events

    public List<Event> events(long initiativeId) {
        return jdbc.sql("select " + EVENT + " from planning_event where initiative_id = :i order by starts_at, id")
                .param("i", initiativeId)
                .query(Rows.of(Event.class))
                .list();
    }

    public Optional<Event> event(long initiativeId, long id) {
        return jdbc.sql("select " + EVENT + " from planning_event where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(Event.class))
                .optional();
    }

    public long insertEvent(long workspaceId, long initiativeId, EventInput.Valid v) {
        return insert(jdbc.sql("insert into planning_event (workspace_id, initiative_id, action_line_id, title, kind,"
                        + " starts_at, ends_at, place, capacity, description, created_at) values (:w, :i, :l, :t, :k,"
                        + " :s, :e, :p, :c, :d, :at)")
                .param("w", workspaceId)
                .param("i", initiativeId)
                .param("l", v.actionLineId())
                .param("t", v.title())
                .param("k", v.kind().name())
                .param("s", v.startsAt())
                .param("e", v.endsAt())
                .param("p", v.place())
                .param("c", v.capacity())
                .param("d", v.description())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)));
    }

    public List<Registration> registrations(long eventId) {
        return jdbc.sql("select " + REGISTRATION + " from planning_registration where event_id = :e order by"
                        + " registered_at, id")
                .param("e", eventId)
                .query(Rows.of(Registration.class))
                .list();
    }

    /** Every registration of the initiative's events. */
    public List<Registration> registrationsOfInitiative(long initiativeId) {
        return jdbc.sql("select r.id, r.event_id, r.person_id, r.organisation_id, r.registered_by_name,"
                        + " r.registered_at, r.waiting, r.attended from planning_registration r join planning_event e"
                        + " on e.id = r.event_id where e.initiative_id = :i order by r.event_id, r.id")
                .param("i", initiativeId)
                .query(Rows.of(Registration.class))
                .list();
    }

    public long insertRegistration(long eventId, long personId, Long organisationId, String by, boolean waiting) {
        return insert(jdbc.sql("insert into planning_registration (event_id, person_id, organisation_id,"
                        + " registered_by_name, registered_at, waiting, attended) values (:e, :p, :o, :b, :t, :w,"
                        + " false)")
                .param("e", eventId)
                .param("p", personId)
                .param("o", organisationId)
                .param("b", by)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .param("w", waiting));
    }

    public int setAttended(long eventId, long registrationId, boolean attended) {
        return jdbc.sql("update planning_registration set attended = :a where event_id = :e and id = :r")
                .param("a", attended)
                .param("e", eventId)
                .param("r", registrationId)
                .update();
    }

    public int cancelRegistration(long eventId, long registrationId) {
        return jdbc.sql("delete from planning_registration where event_id = :e and id = :r")
                .param("e", eventId)
                .param("r", registrationId)
                .update();
    }

    /**
     * Moves the first person on the waiting list up, if there is one: members and the public queue together, in the
     * order they registered.
     */
    public void promoteWaiting(long eventId) {
        var first = jdbc
                .sql("select 'M' as t, id, registered_at from planning_registration where event_id = :e and"
                        + " waiting union all select 'P' as t, id, registered_at from planning_public_registration"
                        + " where event_id = :e and waiting order by registered_at, id")
                .param("e", eventId)
                .query((rs, n) -> new Object[] {rs.getString("t"), rs.getLong("id")})
                .list()
                .stream()
                .findFirst();
        // SQL from constants: one of two fixed statements, by the table the first waiting person is in.
        first.ifPresent(f -> jdbc.sql(
                        "M".equals(f[0])
                                ? "update planning_registration set waiting = false where id = :r"
                                : "update planning_public_registration set waiting = false where id = :r")
                .param("r", f[1])
                .update());
    }

    /** Seats taken (not on the waiting list) by members and the public together. */
    public long seatsTaken(long eventId) {
        return jdbc.sql("select (select count(*) from planning_registration where event_id = :e and not waiting) +"
                        + " (select count(*) from planning_public_registration where event_id = :e and not waiting)")
                .param("e", eventId)
                .query(Long.class)
                .single();
    }

    /** Opens the event to registration by the public, or closes it. */
    public void setPublic(long eventId, boolean open) {
        jdbc.sql("update planning_event set public_registration = :o where id = :e")
                .param("o", open)
                .param("e", eventId)
                .update();
    }

    /** Whether the event is open to registration by the public. */
    public boolean isPublic(long eventId) {
        return jdbc.sql("select public_registration from planning_event where id = :e")
                .param("e", eventId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}

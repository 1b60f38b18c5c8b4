package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.planning.core.PlanningAccess;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.clusterworks.planning.implementation.Implementation.JointAction;
import org.clusterworks.planning.implementation.Implementation.Participant;
import org.clusterworks.planning.implementation.Implementation.Registration;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of joint actions and events: the initiative's manager records them; members register their own people
 * for events (the manager registers anyone), within capacity or on the waiting list; the manager records
 * attendance.
 */
@Service
public class ImplementationService {

    private final ImplementationRepository repo;
    private final PlanRepository plans;
    private final PlanningAccess access;
    private final Stakeholders stakeholders;
    private final ApplicationEventPublisher events;

    ImplementationService(
            ImplementationRepository repo,
            PlanRepository plans,
            PlanningAccess access,
            Stakeholders stakeholders,
            ApplicationEventPublisher events) {
        this.repo = repo;
        this.plans = plans;
        this.access = access;
        this.stakeholders = stakeholders;
        this.events = events;
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action action, String type, Object id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), action, type, String.valueOf(id), summary));
    }

    public PlanningAccess access() {
        return access;
    }

    public Stakeholders stakeholders() {
        return stakeholders;
    }

    public Map<Long, StakeholderOrganisation> organisations(long workspaceId, Set<Long> ids) {
        return stakeholders.organisations(workspaceId, ids).stream()
                .collect(Collectors.toMap(StakeholderOrganisation::id, Function.identity()));
    }

    // Joint actions

    public List<JointAction> jointActions(InitiativeSummary i) {
        return repo.jointActions(i.id());
    }

    public List<Participant> participants(InitiativeSummary i) {
        return repo.participants(i.id());
    }

    public JointAction jointAction(InitiativeSummary i, long id) {
        return repo.jointAction(i.id(), id).orElseThrow(() -> PlanningAccess.notFound("joint action " + id));
    }

    public Ledger ledger(InitiativeSummary i) {
        var participants = repo.participants(i.id());
        Set<Long> ids = participants.stream().map(Participant::organisationId).collect(Collectors.toSet());
        return Ledger.of(repo.jointActions(i.id()), participants, organisations(i.workspaceId(), ids));
    }

    /** The ledger of every joint action of the workspace (the programme's view). */
    public Ledger programmeLedger(long workspaceId) {
        var participants = repo.participantsOf(workspaceId);
        Set<Long> ids = participants.stream().map(Participant::organisationId).collect(Collectors.toSet());
        return Ledger.of(repo.jointActionsOf(workspaceId), participants, organisations(workspaceId, ids));
    }

    private void checkLine(InitiativeSummary i, Long lineId, InvalidInput.Collector errors) {
        if (lineId != null && plans.line(i.id(), lineId).isEmpty()) {
            errors.add("actionLineId", "input.unknown-choice");
        }
    }

    @Transactional
    public long saveJointAction(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, Long id, JointActionInput input) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        if (id != null) {
            jointAction(i, id);
        }
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        checkLine(i, v.actionLineId(), errors);
        errors.throwIfAny();
        if (id == null) {
            long nid = repo.insertJointAction(ws.id(), i.id(), v);
            audit(ws, AuditEvent.Action.CREATED, "planning-joint-action", nid, v.title());
            return nid;
        }
        repo.updateJointAction(i.id(), id, v);
        audit(ws, AuditEvent.Action.CHANGED, "planning-joint-action", id, v.title());
        return id;
    }

    @Transactional
    public void saveParticipant(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long initiativeId,
            long jointActionId,
            String organisationId,
            String contribution,
            String role) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        JointAction j = jointAction(i, jointActionId);
        var errors = new InvalidInput.Collector();
        Long org = FormFields.id("organisationId", organisationId, true, errors);
        if (org != null && stakeholders.organisation(ws.id(), org).isEmpty()) {
            errors.add("organisationId", "input.unknown-choice");
        }
        BigDecimal c = FormFields.decimal("contribution", contribution, 0, 1e14, errors);
        String r = FormFields.optional("role", role, 200, errors);
        errors.throwIfAny();
        repo.saveParticipant(j.id(), org, c, r);
        audit(ws, AuditEvent.Action.CHANGED, "planning-joint-action", j.id(), "Participant " + org);
    }

    @Transactional
    public void removeParticipant(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long jointActionId, long organisationId) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        JointAction j = jointAction(i, jointActionId);
        if (repo.removeParticipant(j.id(), organisationId) == 0) {
            throw PlanningAccess.notFound("participant " + organisationId);
        }
        audit(ws, AuditEvent.Action.CHANGED, "planning-joint-action", j.id(), "Participant removed " + organisationId);
    }

    // Events

    public List<Event> events(InitiativeSummary i) {
        return repo.events(i.id());
    }

    /** The grant a joint action was recorded from, if any. */
    public java.util.Optional<Long> grantOf(long jointActionId) {
        return repo.grantOf(jointActionId);
    }

    public Event event(InitiativeSummary i, long id) {
        return repo.event(i.id(), id).orElseThrow(() -> PlanningAccess.notFound("event " + id));
    }

    public List<Registration> registrations(Event e) {
        return repo.registrations(e.id());
    }

    @Transactional
    public long createEvent(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, EventInput input) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        checkLine(i, v.actionLineId(), errors);
        errors.throwIfAny();
        long id = repo.insertEvent(ws.id(), i.id(), v);
        audit(ws, AuditEvent.Action.CREATED, "planning-event", id, v.title());
        return id;
    }

    /** The registrations and counts of an event, with the people and organisations they name. */
    public record Attendance(
            List<Registration> registrations,
            Map<Long, StakeholderPerson> people,
            Map<Long, StakeholderOrganisation> organisations,
            AttendanceCounts counts) {}

    public Attendance attendance(long workspaceId, Event e) {
        List<Registration> regs = repo.registrations(e.id());
        Map<Long, StakeholderPerson> people =
                stakeholders.people(workspaceId, AttendanceCounts.personIds(regs)).stream()
                        .collect(Collectors.toMap(StakeholderPerson::id, Function.identity()));
        Set<Long> orgIds = new HashSet<>();
        regs.forEach(r -> {
            if (r.organisationId() != null) {
                orgIds.add(r.organisationId());
            }
        });
        Map<Long, StakeholderOrganisation> orgs = organisations(workspaceId, orgIds);
        return new Attendance(regs, people, orgs, AttendanceCounts.of(regs, people, orgs));
    }

    /** The people the user may register: everyone of the workspace for the manager, else their organisation's. */
    public List<StakeholderPerson> registrable(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        if (access.canEdit(ws, user, i)) {
            var orgs = stakeholders.search(ws.id(), null, 5000).stream()
                    .map(StakeholderOrganisation::id)
                    .toList();
            return stakeholders.peopleOf(ws.id(), orgs);
        }
        return stakeholders
                .organisationOfUser(ws.id(), user.id())
                .map(o -> stakeholders.peopleOf(ws.id(), List.of(o)))
                .orElse(List.of());
    }

    /** Registers a person; returns whether they went on the waiting list. */
    @Transactional
    public boolean register(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long eventId, String personId) {
        InitiativeSummary i = access.contributing(ws, user, initiativeId);
        Event e = event(i, eventId);
        var errors = new InvalidInput.Collector();
        Long pid = FormFields.id("personId", personId, true, errors);
        errors.throwIfAny();
        StakeholderPerson p = registrable(ws, user, i).stream()
                .filter(x -> x.id() == pid)
                .findFirst()
                .orElse(null);
        if (p == null) {
            if (stakeholders.person(ws.id(), pid).isPresent()) {
                throw new AccessDeniedException("User " + user.username() + " may not register person " + pid);
            }
            errors.add("personId", "input.unknown-choice");
        }
        List<Registration> regs = repo.registrations(e.id());
        if (p != null && regs.stream().anyMatch(r -> r.personId() == p.id())) {
            errors.add("personId", "planning.already-registered");
        }
        errors.throwIfAny();
        long taken = repo.seatsTaken(e.id());
        boolean waiting = e.capacity() != null && taken >= e.capacity();
        long id = repo.insertRegistration(e.id(), p.id(), p.organisationId(), user.displayName(), waiting);
        audit(ws, AuditEvent.Action.CREATED, "planning-registration", id, e.title() + ": " + p.fullName());
        return waiting;
    }

    @Transactional
    public void setAttended(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long initiativeId,
            long eventId,
            long registrationId,
            boolean attended) {
        InitiativeSummary i = access.editable(ws, user, initiativeId);
        Event e = event(i, eventId);
        if (repo.setAttended(e.id(), registrationId, attended) == 0) {
            throw PlanningAccess.notFound("registration " + registrationId);
        }
        audit(ws, AuditEvent.Action.CHANGED, "planning-registration", registrationId, attended ? "attended" : "absent");
    }

    @Transactional
    public void cancel(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long eventId, long registrationId) {
        InitiativeSummary i = access.contributing(ws, user, initiativeId);
        Event e = event(i, eventId);
        Registration r = repo.registrations(e.id()).stream()
                .filter(x -> x.id() == registrationId)
                .findFirst()
                .orElseThrow(() -> PlanningAccess.notFound("registration " + registrationId));
        if (!access.canEdit(ws, user, i) && registrable(ws, user, i).stream().noneMatch(p -> p.id() == r.personId())) {
            throw new AccessDeniedException("User " + user.username() + " may not cancel registration " + r.id());
        }
        repo.cancelRegistration(e.id(), r.id());
        if (!r.waiting()) {
            repo.promoteWaiting(e.id());
        }
        audit(ws, AuditEvent.Action.DELETED, "planning-registration", r.id(), e.title());
    }

    boolean manages(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        return ws.can(Permission.MANAGE_INITIATIVES) && access.canEdit(ws, user, i);
    }
}

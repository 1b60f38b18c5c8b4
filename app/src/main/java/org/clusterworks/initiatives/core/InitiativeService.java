package org.clusterworks.initiatives.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.Stage;
import org.clusterworks.initiatives.core.Domain.Body;
import org.clusterworks.initiatives.core.Domain.CheckItem;
import org.clusterworks.initiatives.core.Domain.Document;
import org.clusterworks.initiatives.core.Domain.Endorsement;
import org.clusterworks.initiatives.core.Domain.EndorsementStatus;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.initiatives.core.Domain.Meeting;
import org.clusterworks.initiatives.core.Domain.Membership;
import org.clusterworks.initiatives.core.Domain.MembershipStatus;
import org.clusterworks.initiatives.core.Domain.Seat;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.OrganisationsMerged;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rules of cluster initiatives: who sees and edits which initiative, stage completion, memberships, governance,
 * meetings, documents and endorsements. Every change publishes an {@link AuditEvent}.
 *
 * <p>Programme officers (and analysts, read-only) see every initiative of their workspace; a cluster manager sees
 * and edits the initiatives they manage; other members see the initiatives their organisation belongs to.
 */
@Service
public class InitiativeService {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final InitiativeRepository repo;
    private final Stakeholders stakeholders;
    private final ApplicationEventPublisher events;

    InitiativeService(InitiativeRepository repo, Stakeholders stakeholders, ApplicationEventPublisher events) {
        this.repo = repo;
        this.stakeholders = stakeholders;
        this.events = events;
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action action, String type, Object id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), action, type, String.valueOf(id), summary));
    }

    // Access

    boolean seesAll(CurrentWorkspace ws) {
        return ws.can(Permission.MANAGE_PROGRAMME) || ws.can(Permission.ANALYSE);
    }

    boolean canSee(CurrentWorkspace ws, AuthenticatedUser user, Initiative i) {
        if (seesAll(ws) || (i.managerUserId() != null && i.managerUserId() == user.id())) {
            return true;
        }
        return stakeholders
                .organisationOfUser(ws.id(), user.id())
                .map(org -> repo.memberships(i.id()).stream().anyMatch(m -> m.organisationId() == org))
                .orElse(false);
    }

    boolean canEdit(CurrentWorkspace ws, AuthenticatedUser user, Initiative i) {
        return ws.can(Permission.MANAGE_PROGRAMME)
                || (ws.can(Permission.MANAGE_INITIATIVES)
                        && i.managerUserId() != null
                        && i.managerUserId() == user.id());
    }

    List<Initiative> visible(CurrentWorkspace ws, AuthenticatedUser user) {
        ws.require(Permission.VIEW);
        return repo.all(ws.id()).stream().filter(i -> canSee(ws, user, i)).toList();
    }

    /** The initiative if the user may see it; 404 otherwise (an initiative one may not see does not exist). */
    Initiative visible(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.VIEW);
        Initiative i = repo.find(ws.id(), id).orElseThrow(() -> notFound("initiative " + id));
        if (!canSee(ws, user, i)) {
            throw notFound("initiative " + id);
        }
        return i;
    }

    /** The initiative if the user may edit it: 403 without the permission, 404 if unseen, 403 if not theirs. */
    Initiative editable(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Initiative i = visible(ws, user, id);
        if (!canEdit(ws, user, i)) {
            throw new AccessDeniedException("User " + user.username() + " does not manage initiative " + id);
        }
        return i;
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
    }

    // Initiatives

    @Transactional
    long create(CurrentWorkspace ws, AuthenticatedUser user, InitiativeInput input) {
        ws.require(Permission.MANAGE_INITIATIVES);
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        Long manager = checkReferences(ws, v, errors);
        errors.throwIfAny();
        if (!ws.can(Permission.MANAGE_PROGRAMME)) {
            manager = user.id(); // a cluster manager who starts an initiative manages it
        }
        long id = repo.insert(ws.id(), v, manager, Stage.SELECTION);
        audit(ws, AuditEvent.Action.CREATED, "initiative", id, v.name());
        return id;
    }

    @Transactional
    void update(CurrentWorkspace ws, AuthenticatedUser user, long id, InitiativeInput input) {
        update(ws, user, id, input, null);
    }

    /** The initiative's edit version, for its edit form. */
    long version(CurrentWorkspace ws, long id) {
        return repo.version(ws.id(), id);
    }

    /** Saves an edit made from {@code version} (null: unchecked); refuses a stale one with {@code StaleEdit}. */
    @Transactional
    void update(CurrentWorkspace ws, AuthenticatedUser user, long id, InitiativeInput input, Long version) {
        Initiative i = editable(ws, user, id);
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        Long manager = checkReferences(ws, v, errors);
        errors.throwIfAny();
        if (!ws.can(Permission.MANAGE_PROGRAMME)) {
            manager = i.managerUserId(); // only the programme appoints or changes the manager
        }
        repo.claimVersion(ws.id(), id, version, user.displayName());
        repo.update(ws.id(), id, v, manager);
        audit(ws, AuditEvent.Action.CHANGED, "initiative", id, v.name());
    }

    private Long checkReferences(CurrentWorkspace ws, InitiativeInput.Valid v, InvalidInput.Collector errors) {
        if (v.clusterOrgId() != null
                && stakeholders.organisation(ws.id(), v.clusterOrgId()).isEmpty()) {
            errors.add("clusterOrgId", "input.unknown-choice");
        }
        if (v.managerUserId() != null
                && stakeholders.peopleWithAccounts(ws.id()).stream()
                        .noneMatch(p -> v.managerUserId().equals(p.userId()))) {
            errors.add("managerUserId", "input.unknown-choice");
        }
        return v.managerUserId();
    }

    // Stage

    /** A stage with its checklist and whether it is complete. */
    public record StageView(
            Stage stage,
            List<CheckItem> items,
            boolean checklistDone,
            String requiredDocumentKind,
            boolean endorsed,
            boolean complete,
            boolean current,
            boolean past) {}

    List<StageView> stages(Initiative i) {
        List<CheckItem> all = repo.checklist(i.id());
        List<Endorsement> endorsements = repo.endorsements(i.id());
        Map<Long, Document> docs =
                repo.documents(i.id()).stream().collect(Collectors.toMap(Document::id, Function.identity()));
        List<StageView> result = new ArrayList<>();
        for (Stage s : Stage.values()) {
            List<CheckItem> items = all.stream().filter(c -> c.stage() == s).toList();
            boolean done = items.stream().allMatch(CheckItem::done);
            String kind = s.endorsedDocumentKind();
            boolean endorsed = kind == null
                    || endorsements.stream()
                            .anyMatch(e -> e.status() == EndorsementStatus.ENDORSED
                                    && docs.containsKey(e.documentId())
                                    && docs.get(e.documentId()).kind().name().equals(kind));
            result.add(new StageView(
                    s,
                    items,
                    done,
                    kind,
                    endorsed,
                    done && endorsed,
                    s == i.stage(),
                    s.ordinal() < i.stage().ordinal()));
        }
        return result;
    }

    @Transactional
    void setCheck(CurrentWorkspace ws, AuthenticatedUser user, long id, long itemId, boolean done) {
        Initiative i = editable(ws, user, id);
        if (repo.setCheck(i.id(), itemId, done, user.id()) == 0) {
            throw notFound("checklist item " + itemId);
        }
        audit(
                ws,
                AuditEvent.Action.CHANGED,
                "initiative-checklist",
                itemId,
                "Initiative " + id + " item " + itemId + (done ? " done" : " reopened"));
    }

    @Transactional
    Stage advance(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        Initiative i = editable(ws, user, id);
        StageView current = stages(i).get(i.stage().ordinal());
        Stage next = i.stage().next();
        var errors = new InvalidInput.Collector();
        if (next == null) {
            errors.add("stage", "stage.last");
        }
        if (!current.checklistDone()) {
            errors.add("checklist", "stage.checklist-open");
        }
        if (!current.endorsed()) {
            errors.add("endorsement", "stage.endorsement-missing");
        }
        errors.throwIfAny();
        repo.setStage(i.id(), i.stage(), next, user.id());
        audit(ws, AuditEvent.Action.CHANGED, "initiative-stage", id, i.stage() + " -> " + next);
        return next;
    }

    List<Domain.StageChange> stageLog(Initiative i) {
        return repo.stageLog(i.id());
    }

    // Members

    /** A member organisation with its membership and status today. */
    public record MemberRow(
            Membership membership, StakeholderOrganisation organisation, MembershipStatus status, boolean renewalDue) {}

    List<MemberRow> members(Initiative i) {
        LocalDate today = LocalDate.now();
        List<Membership> ms = repo.memberships(i.id());
        Map<Long, StakeholderOrganisation> orgs =
                stakeholders
                        .organisations(
                                i.workspaceId(),
                                ms.stream().map(Membership::organisationId).toList())
                        .stream()
                        .collect(Collectors.toMap(StakeholderOrganisation::id, Function.identity()));
        return ms.stream()
                .filter(m -> orgs.containsKey(m.organisationId()))
                .map(m -> new MemberRow(m, orgs.get(m.organisationId()), m.status(today), m.needsRenewal(today)))
                .sorted(Comparator.comparing(r -> r.organisation().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Active members counted by helix role, in the helix enum's order. */
    static Map<Helix, Long> byHelix(List<MemberRow> members) {
        Map<Helix, Long> counts = new EnumMap<>(Helix.class);
        for (Helix h : Helix.values()) {
            counts.put(h, 0L);
        }
        for (MemberRow r : members) {
            if (r.status() != MembershipStatus.EXPIRED) {
                counts.merge(r.organisation().helix(), 1L, Long::sum);
            }
        }
        return counts;
    }

    @Transactional
    long addMember(CurrentWorkspace ws, AuthenticatedUser user, long id, MembershipInput input) {
        Initiative i = editable(ws, user, id);
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        if (v.organisationId() != null) {
            if (stakeholders.organisation(ws.id(), v.organisationId()).isEmpty()) {
                errors.add("organisationId", "input.unknown-choice");
            } else if (repo.memberships(i.id()).stream().anyMatch(m -> m.organisationId() == v.organisationId())) {
                errors.add("organisationId", "member.already");
            }
        }
        errors.throwIfAny();
        long mid = repo.insertMembership(i.id(), v);
        audit(
                ws,
                AuditEvent.Action.CREATED,
                "initiative-membership",
                mid,
                "Organisation " + v.organisationId() + " joined initiative " + id);
        return mid;
    }

    @Transactional
    void renew(CurrentWorkspace ws, AuthenticatedUser user, long id, long membershipId, String endDate) {
        Initiative i = editable(ws, user, id);
        Membership m = repo.membership(i.id(), membershipId).orElseThrow(() -> notFound("membership"));
        var errors = new InvalidInput.Collector();
        LocalDate end = FormFields.date("endDate", endDate, true, errors);
        if (end != null && end.isBefore(m.startDate())) {
            errors.add("endDate", "input.end-before-start");
        }
        errors.throwIfAny();
        repo.renewMembership(i.id(), membershipId, end);
        audit(ws, AuditEvent.Action.CHANGED, "initiative-membership", membershipId, "Renewed until " + end);
    }

    /**
     * Replaces a membership's type, fee, dates and commitment (the organisation stays); an organisation id in the input,
     * if given, must be the membership's own.
     */
    @Transactional
    Membership updateMembership(
            CurrentWorkspace ws, AuthenticatedUser user, long id, long membershipId, MembershipInput input) {
        Initiative i = editable(ws, user, id);
        Membership m = repo.membership(i.id(), membershipId).orElseThrow(() -> notFound("membership"));
        var errors = new InvalidInput.Collector();
        MembershipInput withOrg = new MembershipInput(
                input.organisationId() == null ? Long.toString(m.organisationId()) : input.organisationId(),
                input.memberType(),
                input.fee(),
                input.currency(),
                input.startDate() == null ? m.startDate().toString() : input.startDate(),
                input.endDate(),
                input.committed());
        var v = withOrg.check(errors);
        if (v.organisationId() != null && v.organisationId() != m.organisationId()) {
            errors.add("organisationId", "member.organisation-fixed");
        }
        errors.throwIfAny();
        repo.updateMembership(i.id(), membershipId, v);
        audit(ws, AuditEvent.Action.CHANGED, "initiative-membership", membershipId, "Membership changed");
        return repo.membership(i.id(), membershipId).orElseThrow();
    }

    Membership membership(Initiative i, long membershipId) {
        return repo.membership(i.id(), membershipId).orElseThrow(() -> notFound("membership " + membershipId));
    }

    @Transactional
    void removeMember(CurrentWorkspace ws, AuthenticatedUser user, long id, long membershipId) {
        Initiative i = editable(ws, user, id);
        repo.membership(i.id(), membershipId).orElseThrow(() -> notFound("membership"));
        repo.deleteMembership(i.id(), membershipId);
        audit(ws, AuditEvent.Action.DELETED, "initiative-membership", membershipId, "Left initiative " + id);
    }

    @EventListener
    void onMerge(OrganisationsMerged merged) {
        repo.moveOrganisation(merged.workspaceId(), merged.keptId(), merged.mergedId());
    }

    // Governance bodies and the representation check

    /** A seat with the person and their organisation. */
    public record SeatRow(Seat seat, StakeholderPerson person, StakeholderOrganisation organisation) {}

    /** A share of seats: count of total, in percent, against a target (null: no target). */
    public record Share(String labelKey, long count, long total, Integer target) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * count / total);
        }

        public boolean meets() {
            return target == null || percent() >= target;
        }
    }

    /** A body with its seats and its representation check. */
    public record BodyView(Body body, List<SeatRow> seats, List<Share> helix, List<Share> checks, int helixRoles) {
        public boolean representative() {
            return checks.stream().allMatch(Share::meets) && helixRoles >= 3;
        }
    }

    List<BodyView> bodies(Initiative i) {
        List<Body> bodies = repo.bodies(i.id());
        List<Seat> seats = repo.seats(bodies.stream().map(Body::id).toList());
        Map<Long, StakeholderPerson> people =
                stakeholders
                        .people(
                                i.workspaceId(),
                                seats.stream().map(Seat::personId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(StakeholderPerson::id, Function.identity()));
        Set<Long> orgIds = new HashSet<>();
        people.values().forEach(p -> {
            if (p.organisationId() != null) {
                orgIds.add(p.organisationId());
            }
        });
        Map<Long, StakeholderOrganisation> orgs = stakeholders.organisations(i.workspaceId(), orgIds).stream()
                .collect(Collectors.toMap(StakeholderOrganisation::id, Function.identity()));
        List<BodyView> result = new ArrayList<>();
        for (Body b : bodies) {
            List<SeatRow> rows = seats.stream()
                    .filter(s -> s.bodyId() == b.id() && people.containsKey(s.personId()))
                    .map(s -> {
                        StakeholderPerson p = people.get(s.personId());
                        return new SeatRow(s, p, p.organisationId() == null ? null : orgs.get(p.organisationId()));
                    })
                    .toList();
            long total = rows.size();
            Map<Helix, Long> perHelix = new EnumMap<>(Helix.class);
            rows.stream()
                    .filter(r -> r.organisation() != null)
                    .forEach(r -> perHelix.merge(r.organisation().helix(), 1L, Long::sum));
            List<Share> helix = new ArrayList<>();
            for (Helix h : Helix.values()) {
                helix.add(new Share(h.messageKey(), perHelix.getOrDefault(h, 0L), total, null));
            }
            long women = rows.stream()
                    .filter(r -> r.person().gender() == Gender.WOMAN)
                    .count();
            long smes = rows.stream()
                    .filter(r -> r.organisation() != null && r.organisation().sme())
                    .count();
            long business = perHelix.getOrDefault(Helix.BUSINESS, 0L);
            List<Share> checks = List.of(
                    new Share("representation.business", business, total, i.targetBusinessPct()),
                    new Share("representation.sme", smes, total, i.targetSmePct()),
                    new Share("representation.women", women, total, i.targetWomenPct()));
            result.add(new BodyView(b, rows, helix, checks, perHelix.size()));
        }
        return result;
    }

    @Transactional
    long addBody(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            String name,
            String kind,
            String mandate,
            String seats) {
        Initiative i = editable(ws, user, id);
        var errors = new InvalidInput.Collector();
        String n = FormFields.required("name", name, 200, errors);
        Domain.BodyKind k = FormFields.choice("kind", kind, Domain.BodyKind.class, null, errors);
        String m = FormFields.optional("mandate", mandate, 5000, errors);
        Integer s = FormFields.integer("seats", seats, 1, 500, errors);
        errors.throwIfAny();
        long bodyId = repo.insertBody(i.id(), n, k, m, s);
        audit(ws, AuditEvent.Action.CREATED, "governance-body", bodyId, n + " of initiative " + id);
        return bodyId;
    }

    Body body(Initiative i, long bodyId) {
        return repo.body(i.id(), bodyId).orElseThrow(() -> notFound("body " + bodyId));
    }

    @Transactional
    long addSeat(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            long bodyId,
            String personId,
            String role,
            String since) {
        Initiative i = editable(ws, user, id);
        Body b = body(i, bodyId);
        var errors = new InvalidInput.Collector();
        Long pid = FormFields.id("personId", personId, true, errors);
        Domain.SeatRole r = FormFields.choice("seatRole", role, Domain.SeatRole.class, Domain.SeatRole.MEMBER, errors);
        LocalDate from = FormFields.date("since", since, false, errors);
        if (pid != null) {
            if (stakeholders.person(ws.id(), pid).isEmpty()) {
                errors.add("personId", "input.unknown-choice");
            } else if (repo.seatExists(b.id(), pid)) {
                errors.add("personId", "seat.already");
            }
        }
        errors.throwIfAny();
        long seatId = repo.insertSeat(b.id(), pid, r, from);
        audit(ws, AuditEvent.Action.CREATED, "body-seat", seatId, "Person " + pid + " in body " + b.name());
        return seatId;
    }

    @Transactional
    void removeSeat(CurrentWorkspace ws, AuthenticatedUser user, long id, long bodyId, long seatId) {
        Initiative i = editable(ws, user, id);
        Body b = body(i, bodyId);
        if (repo.deleteSeat(b.id(), seatId) == 0) {
            throw notFound("seat " + seatId);
        }
        audit(ws, AuditEvent.Action.DELETED, "body-seat", seatId, "Seat removed from " + b.name());
    }

    /** People who can take a seat: the people of the initiative's member organisations and cluster organisation. */
    List<StakeholderPerson> seatCandidates(Initiative i) {
        Set<Long> orgs = repo.memberships(i.id()).stream()
                .map(Membership::organisationId)
                .collect(Collectors.toCollection(HashSet::new));
        if (i.clusterOrgId() != null) {
            orgs.add(i.clusterOrgId());
        }
        return stakeholders.peopleOf(i.workspaceId(), orgs);
    }

    // Meetings and decisions

    @Transactional
    long convene(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            String bodyId,
            String title,
            String startsAt,
            String location,
            String agenda) {
        Initiative i = editable(ws, user, id);
        var errors = new InvalidInput.Collector();
        Long b = FormFields.id("bodyId", bodyId, true, errors);
        if (b != null && repo.body(i.id(), b).isEmpty()) {
            errors.add("bodyId", "input.unknown-choice");
        }
        String t = FormFields.required("title", title, 300, errors);
        OffsetDateTime when = null;
        String s = FormFields.text(startsAt);
        if (s == null) {
            errors.add("startsAt", "input.required");
        } else {
            try {
                when = LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.add("startsAt", "input.date-time");
            }
        }
        String l = FormFields.optional("location", location, 300, errors);
        String a = FormFields.optional("agenda", agenda, 20_000, errors);
        errors.throwIfAny();
        long mid = repo.insertMeeting(i.id(), b, t, when, l, a);
        audit(ws, AuditEvent.Action.CREATED, "meeting", mid, t);
        return mid;
    }

    Meeting meeting(Initiative i, long meetingId) {
        return repo.meeting(i.id(), meetingId).orElseThrow(() -> notFound("meeting " + meetingId));
    }

    List<Meeting> meetings(Initiative i) {
        return repo.meetings(i.id());
    }

    Map<Long, Boolean> attendance(long meetingId) {
        return repo.attendance(meetingId);
    }

    @Transactional
    void recordMinutes(
            CurrentWorkspace ws, AuthenticatedUser user, long id, long meetingId, String minutes, List<Long> present) {
        Initiative i = editable(ws, user, id);
        Meeting m = meeting(i, meetingId);
        var errors = new InvalidInput.Collector();
        String text = FormFields.optional("minutes", minutes, 100_000, errors);
        errors.throwIfAny();
        repo.updateMinutes(i.id(), m.id(), text);
        Map<Long, Boolean> presence = new LinkedHashMap<>();
        Set<Long> presentSet = present == null ? Set.of() : new HashSet<>(present);
        for (SeatRow seat : bodies(i).stream()
                .filter(b -> b.body().id() == m.bodyId())
                .findFirst()
                .map(BodyView::seats)
                .orElse(List.of())) {
            presence.put(seat.person().id(), presentSet.contains(seat.person().id()));
        }
        repo.setAttendance(m.id(), presence);
        audit(ws, AuditEvent.Action.CHANGED, "meeting", m.id(), "Minutes and attendance of " + m.title());
    }

    List<Domain.Decision> decisions(Initiative i) {
        return repo.decisions(i.id());
    }

    @Transactional
    long decide(CurrentWorkspace ws, AuthenticatedUser user, long id, long meetingId, DecisionInput input) {
        Initiative i = editable(ws, user, id);
        Meeting m = meeting(i, meetingId);
        var errors = new InvalidInput.Collector();
        var v = input.check(errors);
        errors.throwIfAny();
        long did = repo.insertDecision(i.id(), m.id(), v);
        audit(ws, AuditEvent.Action.CREATED, "decision", did, v.outcome() + ": " + v.text());
        return did;
    }

    @Transactional
    void followUp(CurrentWorkspace ws, AuthenticatedUser user, long id, long decisionId, String status) {
        Initiative i = editable(ws, user, id);
        var errors = new InvalidInput.Collector();
        Domain.FollowUp f = FormFields.choice("followUp", status, Domain.FollowUp.class, null, errors);
        errors.throwIfAny();
        if (repo.setFollowUp(i.id(), decisionId, f) == 0) {
            throw notFound("decision " + decisionId);
        }
        audit(ws, AuditEvent.Action.CHANGED, "decision", decisionId, "Follow-up " + f);
    }

    // Documents and endorsements

    List<Document> documents(Initiative i) {
        return repo.documents(i.id());
    }

    Map<Long, List<Domain.Version>> versions(List<Document> docs) {
        Map<Long, List<Domain.Version>> result = new HashMap<>();
        for (Document d : docs) {
            result.put(d.id(), repo.versions(d.id()));
        }
        return result;
    }

    List<Endorsement> endorsements(Initiative i) {
        return repo.endorsements(i.id());
    }

    private static void checkFile(String filename, byte[] content, InvalidInput.Collector errors) {
        if (content == null || content.length == 0) {
            errors.add("file", "document.file-required");
        } else if (content.length > MAX_FILE_BYTES) {
            errors.add("file", "document.file-too-large");
        }
        if (filename != null && filename.length() > 300) {
            errors.add("file", "input.too-long");
        }
    }

    @Transactional
    long upload(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            String title,
            String kind,
            String filename,
            String contentType,
            byte[] content,
            String note) {
        Initiative i = editable(ws, user, id);
        var errors = new InvalidInput.Collector();
        String t = FormFields.required("title", title, 300, errors);
        Domain.DocumentKind k = FormFields.choice("kind", kind, Domain.DocumentKind.class, null, errors);
        checkFile(filename, content, errors);
        String n = FormFields.optional("note", note, 500, errors);
        errors.throwIfAny();
        long docId = repo.insertDocument(i.id(), t, k, user.id());
        repo.addVersion(docId, safeName(filename), type(contentType), content, n, user.id(), user.displayName());
        audit(ws, AuditEvent.Action.CREATED, "document", docId, t + " (" + k + ")");
        return docId;
    }

    @Transactional
    int addVersion(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            long docId,
            String filename,
            String contentType,
            byte[] content,
            String note) {
        Initiative i = editable(ws, user, id);
        Document d = repo.document(i.id(), docId).orElseThrow(() -> notFound("document " + docId));
        var errors = new InvalidInput.Collector();
        checkFile(filename, content, errors);
        String n = FormFields.optional("note", note, 500, errors);
        errors.throwIfAny();
        int v = repo.addVersion(
                d.id(), safeName(filename), type(contentType), content, n, user.id(), user.displayName());
        audit(ws, AuditEvent.Action.CHANGED, "document", docId, d.title() + " version " + v);
        return v;
    }

    private static String safeName(String filename) {
        String f = filename == null || filename.isBlank() ? "document" : filename;
        f = f.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1).replaceAll("[\\r\\n\"]", "_");
        return f.isBlank() ? "document" : f;
    }

    private static String type(String contentType) {
        return contentType == null || contentType.isBlank() || contentType.length() > 120
                ? "application/octet-stream"
                : contentType;
    }

    InitiativeRepository.StoredFile file(
            CurrentWorkspace ws, AuthenticatedUser user, long id, long docId, int version) {
        Initiative i = visible(ws, user, id);
        Document d = repo.document(i.id(), docId).orElseThrow(() -> notFound("document " + docId));
        return repo.file(d.id(), version).orElseThrow(() -> notFound("version " + version));
    }

    @Transactional
    long submit(CurrentWorkspace ws, AuthenticatedUser user, long id, long docId, String bodyId) {
        Initiative i = editable(ws, user, id);
        Document d = repo.document(i.id(), docId).orElseThrow(() -> notFound("document " + docId));
        var errors = new InvalidInput.Collector();
        Long b = FormFields.id("bodyId", bodyId, true, errors);
        if (b != null && repo.body(i.id(), b).isEmpty()) {
            errors.add("bodyId", "input.unknown-choice");
        }
        List<Domain.Version> versions = repo.versions(d.id());
        if (versions.isEmpty()) {
            errors.add("file", "document.file-required");
        }
        if (repo.endorsements(i.id()).stream()
                .anyMatch(e -> e.documentId() == d.id() && e.status() == EndorsementStatus.SUBMITTED)) {
            errors.add("document", "endorsement.already-pending");
        }
        errors.throwIfAny();
        int latest = versions.get(0).versionNo();
        long eid = repo.insertEndorsement(i.id(), d.id(), latest, b, user.displayName());
        audit(ws, AuditEvent.Action.CREATED, "endorsement", eid, d.title() + " v" + latest + " submitted to body " + b);
        return eid;
    }

    @Transactional
    void decideEndorsement(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            long endorsementId,
            String decision,
            String comments,
            String meetingId) {
        Initiative i = editable(ws, user, id);
        Endorsement e = repo.endorsement(i.id(), endorsementId).orElseThrow(() -> notFound("endorsement"));
        var errors = new InvalidInput.Collector();
        if (e.status() != EndorsementStatus.SUBMITTED) {
            errors.add("decision", "endorsement.already-decided");
        }
        EndorsementStatus status = null;
        if ("ENDORSE".equalsIgnoreCase(FormFields.text(decision))) {
            status = EndorsementStatus.ENDORSED;
        } else if ("RETURN".equalsIgnoreCase(FormFields.text(decision))) {
            status = EndorsementStatus.RETURNED;
        } else {
            errors.add("decision", decision == null || decision.isBlank() ? "input.required" : "input.unknown-choice");
        }
        String c = FormFields.optional("comments", comments, 10_000, errors);
        if (status == EndorsementStatus.RETURNED && c == null) {
            errors.add("comments", "endorsement.comments-required");
        }
        Long m = FormFields.id("meetingId", meetingId, false, errors);
        if (m != null
                && repo.meeting(i.id(), m).filter(x -> x.bodyId() == e.bodyId()).isEmpty()) {
            errors.add("meetingId", "input.unknown-choice");
        }
        errors.throwIfAny();
        repo.decideEndorsement(i.id(), e.id(), status, user.displayName(), m, c);
        audit(ws, AuditEvent.Action.CHANGED, "endorsement", e.id(), status + " by body " + e.bodyId());
    }

    // Cluster organisation profile (European Cluster Collaboration Platform criteria)

    /** The ECCP profile criteria and what is missing. */
    public record ProfileCheck(long committedMembers, int memberTypes, BigDecimal managerFte) {
        public boolean enoughMembers() {
            return committedMembers >= 15;
        }

        public boolean enoughTypes() {
            return memberTypes >= 2;
        }

        public boolean enoughManagement() {
            return managerFte != null && managerFte.compareTo(new BigDecimal("0.5")) >= 0;
        }

        public boolean eligible() {
            return enoughMembers() && enoughTypes() && enoughManagement();
        }

        public long missingMembers() {
            return Math.max(0, 15 - committedMembers);
        }
    }

    ProfileCheck profileCheck(Initiative i, List<MemberRow> members) {
        LocalDate today = LocalDate.now();
        List<MemberRow> committed = members.stream()
                .filter(r -> r.membership().committed() && r.membership().active(today))
                .toList();
        int types = (int)
                committed.stream().map(r -> r.organisation().helix()).distinct().count();
        return new ProfileCheck(committed.size(), types, i.managerFte());
    }

    String managerName(Initiative i) {
        if (i.managerUserId() == null) {
            return null;
        }
        return stakeholders
                .personOfUser(i.workspaceId(), i.managerUserId())
                .map(StakeholderPerson::fullName)
                .orElse(null);
    }

    StakeholderOrganisation clusterOrganisation(Initiative i) {
        return i.clusterOrgId() == null
                ? null
                : stakeholders.organisation(i.workspaceId(), i.clusterOrgId()).orElse(null);
    }

    Stakeholders stakeholders() {
        return stakeholders;
    }
}

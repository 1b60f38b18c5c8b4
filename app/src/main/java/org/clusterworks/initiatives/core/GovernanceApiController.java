package org.clusterworks.initiatives.core;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.initiatives.core.Domain.Membership;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing an initiative's memberships and governance over REST: memberships, bodies and their seats, meetings with
 * minutes and attendance, decisions and their follow-up. Reads are open to whoever sees the initiative, writes to
 * its manager and the programme team; bad input answers 400 problem+json naming each field.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/initiatives/{id}")
@Tag(name = "Initiative governance", description = "Memberships, governance bodies, seats, meetings and decisions")
class GovernanceApiController {

    private final InitiativeService service;

    GovernanceApiController(InitiativeService service) {
        this.service = service;
    }

    /** A membership of an organisation in the initiative. */
    record MembershipDto(
            long id,
            long organisationId,
            String memberType,
            BigDecimal fee,
            String currency,
            LocalDate startDate,
            LocalDate endDate,
            boolean committed,
            String status,
            boolean renewalDue) {

        static MembershipDto of(Membership m) {
            LocalDate today = LocalDate.now();
            return new MembershipDto(
                    m.id(),
                    m.organisationId(),
                    m.memberType().name(),
                    m.fee(),
                    m.currency(),
                    m.startDate(),
                    m.endDate(),
                    m.committed(),
                    m.status(today).name(),
                    m.needsRenewal(today));
        }
    }

    /** A seat of a body. */
    record SeatDto(long id, long personId, String person, Long organisationId, String role, LocalDate since) {}

    /** A share of a body's seats against the initiative's target (null: none). */
    record ShareDto(String share, long count, long total, int percent, Integer target, boolean meets) {}

    /** A governance body with its seats and its representation check. */
    record BodyDto(
            long id,
            String name,
            String kind,
            String mandate,
            Integer seatsPlanned,
            List<SeatDto> seats,
            List<ShareDto> representation,
            boolean representative) {}

    /** What a new body is made of. */
    record BodyInput(String name, String kind, String mandate, String seats) {}

    /** A person taking a seat. */
    record SeatInput(String personId, String role, String since) {}

    /** A meeting of a body; {@code startsAt} is a local date-time such as {@code 2026-12-01T09:30}. */
    record MeetingInput(String bodyId, String title, String startsAt, String location, String agenda) {}

    /** Minutes and the people present (everyone else holding a seat is recorded absent). */
    record MinutesInput(String minutes, List<Long> present) {}

    /** A new follow-up status: OPEN, IN_PROGRESS or DONE. */
    record FollowUpInput(String followUp) {}

    /** A meeting with its attendance (person id to present). */
    record MeetingDto(
            long id,
            long bodyId,
            String title,
            OffsetDateTime startsAt,
            String location,
            String agenda,
            String minutes,
            Map<Long, Boolean> attendance) {}

    /** A decision with its vote and follow-up. */
    record DecisionDto(
            long id,
            long meetingId,
            String text,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions,
            String outcome,
            String followUp,
            String followUpOwner,
            LocalDate dueDate) {

        static DecisionDto of(Domain.Decision d) {
            return new DecisionDto(
                    d.id(),
                    d.meetingId(),
                    d.text(),
                    d.votesFor(),
                    d.votesAgainst(),
                    d.abstentions(),
                    d.outcome().name(),
                    d.followUp().name(),
                    d.followUpOwner(),
                    d.dueDate());
        }
    }

    private static String base(CurrentWorkspace ws, long id) {
        return "/api/v1/workspaces/" + ws.slug() + "/initiatives/" + id;
    }

    // Memberships

    @GetMapping("/memberships")
    @Operation(summary = "The initiative's memberships with type, fee, dates, status and whether renewal is due")
    List<MembershipDto> memberships(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        Initiative i = service.visible(ws, user, id);
        return service.members(i).stream()
                .map(r -> MembershipDto.of(r.membership()))
                .toList();
    }

    @PostMapping("/memberships")
    @Operation(
            summary = "Adds an organisation of the directory as a member",
            description = "Body: organisationId (required), memberType (FULL, ASSOCIATE, OBSERVER), fee, currency"
                    + " (ISO 4217), startDate and endDate (YYYY-MM-DD), committed (true/false).")
    ResponseEntity<MembershipDto> addMembership(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) MembershipInput input) {
        long mid = service.addMember(ws, user, id, input == null ? emptyMembership() : input);
        Initiative i = service.visible(ws, user, id);
        return ResponseEntity.created(URI.create(base(ws, id) + "/memberships/" + mid))
                .body(MembershipDto.of(service.membership(i, mid)));
    }

    @PutMapping("/memberships/{membershipId}")
    @Operation(
            summary = "Replaces a membership's type, fee, dates and commitment; renewing is setting a later endDate",
            description = "The organisation of a membership cannot change; an absent startDate keeps the current one.")
    MembershipDto updateMembership(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestBody(required = false) MembershipInput input) {
        return MembershipDto.of(
                service.updateMembership(ws, user, id, membershipId, input == null ? emptyMembership() : input));
    }

    @DeleteMapping("/memberships/{membershipId}")
    @Operation(summary = "Ends a membership by removing it")
    ResponseEntity<Void> removeMembership(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, @PathVariable long membershipId) {
        service.removeMember(ws, user, id, membershipId);
        return ResponseEntity.noContent().build();
    }

    private static MembershipInput emptyMembership() {
        return new MembershipInput(null, null, null, null, null, null, null);
    }

    // Bodies and seats

    private List<BodyDto> bodies(Initiative i) {
        return service.bodies(i).stream()
                .map(b -> new BodyDto(
                        b.body().id(),
                        b.body().name(),
                        b.body().kind().name(),
                        b.body().mandate(),
                        b.body().seats(),
                        b.seats().stream()
                                .map(s -> new SeatDto(
                                        s.seat().id(),
                                        s.person().id(),
                                        s.person().fullName(),
                                        s.organisation() == null
                                                ? null
                                                : s.organisation().id(),
                                        s.seat().seatRole().name(),
                                        s.seat().since()))
                                .toList(),
                        java.util.stream.Stream.concat(b.helix().stream(), b.checks().stream())
                                .map(sh -> new ShareDto(
                                        sh.labelKey(), sh.count(), sh.total(), sh.percent(), sh.target(), sh.meets()))
                                .toList(),
                        b.representative()))
                .toList();
    }

    @GetMapping("/bodies")
    @Operation(summary = "Governance bodies with their seats and representation check (helix roles, SMEs, women)")
    List<BodyDto> bodies(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        return bodies(service.visible(ws, user, id));
    }

    @PostMapping("/bodies")
    @Operation(
            summary = "Creates a governance body",
            description = "Body: name (required), kind (CLUSTER_COMMISSION, BOARD, WORKING_GROUP, ADVISORY_GROUP),"
                    + " mandate, seats (planned number).")
    ResponseEntity<BodyDto> addBody(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) BodyInput input) {
        BodyInput in = input == null ? new BodyInput(null, null, null, null) : input;
        long bodyId = service.addBody(ws, user, id, in.name(), in.kind(), in.mandate(), in.seats());
        return ResponseEntity.created(URI.create(base(ws, id) + "/bodies/" + bodyId))
                .body(body(ws, user, id, bodyId));
    }

    private BodyDto body(CurrentWorkspace ws, AuthenticatedUser user, long id, long bodyId) {
        return bodies(service.visible(ws, user, id)).stream()
                .filter(b -> b.id() == bodyId)
                .findFirst()
                .orElseThrow(() -> InitiativeService.notFound("body " + bodyId));
    }

    @PostMapping("/bodies/{bodyId}/seats")
    @Operation(
            summary = "Gives a person of a member organisation a seat on a body",
            description = "Body: personId (required), role (CHAIR, VICE_CHAIR, SECRETARY, MEMBER, OBSERVER),"
                    + " since (YYYY-MM-DD). Answers the body with its updated representation check.")
    ResponseEntity<BodyDto> addSeat(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long bodyId,
            @RequestBody(required = false) SeatInput input) {
        SeatInput in = input == null ? new SeatInput(null, null, null) : input;
        long seatId = service.addSeat(ws, user, id, bodyId, in.personId(), in.role(), in.since());
        return ResponseEntity.created(URI.create(base(ws, id) + "/bodies/" + bodyId + "/seats/" + seatId))
                .body(body(ws, user, id, bodyId));
    }

    @DeleteMapping("/bodies/{bodyId}/seats/{seatId}")
    @Operation(summary = "Removes a seat from a body")
    ResponseEntity<Void> removeSeat(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long bodyId,
            @PathVariable long seatId) {
        service.removeSeat(ws, user, id, bodyId, seatId);
        return ResponseEntity.noContent().build();
    }

    // Meetings and decisions

    private MeetingDto meeting(Domain.Meeting m) {
        return new MeetingDto(
                m.id(),
                m.bodyId(),
                m.title(),
                m.startsAt(),
                m.location(),
                m.agenda(),
                m.minutes(),
                service.attendance(m.id()));
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings of the initiative's bodies with agenda, minutes and attendance")
    List<MeetingDto> meetings(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        return service.meetings(service.visible(ws, user, id)).stream()
                .map(this::meeting)
                .toList();
    }

    @PostMapping("/meetings")
    @Operation(
            summary = "Convenes a meeting of a body",
            description = "Body: bodyId, title, startsAt (YYYY-MM-DDTHH:MM, UTC) required; location, agenda.")
    ResponseEntity<MeetingDto> convene(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) MeetingInput input) {
        MeetingInput in = input == null ? new MeetingInput(null, null, null, null, null) : input;
        long mid = service.convene(ws, user, id, in.bodyId(), in.title(), in.startsAt(), in.location(), in.agenda());
        return ResponseEntity.created(URI.create(base(ws, id) + "/meetings/" + mid))
                .body(meeting(service.meeting(service.visible(ws, user, id), mid)));
    }

    @PutMapping("/meetings/{meetingId}/minutes")
    @Operation(summary = "Records a meeting's minutes and who of the body's seat holders was present")
    MeetingDto minutes(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestBody(required = false) MinutesInput input) {
        MinutesInput in = input == null ? new MinutesInput(null, List.of()) : input;
        service.recordMinutes(ws, user, id, meetingId, in.minutes(), in.present());
        return meeting(service.meeting(service.visible(ws, user, id), meetingId));
    }

    @GetMapping("/decisions")
    @Operation(summary = "The register of decisions with their vote, outcome and follow-up status")
    List<DecisionDto> decisions(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        return service.decisions(service.visible(ws, user, id)).stream()
                .map(DecisionDto::of)
                .toList();
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    @Operation(
            summary = "Records a decision taken at a meeting",
            description = "Body: text (required), votesFor, votesAgainst, abstentions, outcome (ADOPTED, REJECTED,"
                    + " DEFERRED), followUpOwner, dueDate (YYYY-MM-DD).")
    ResponseEntity<DecisionDto> decide(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestBody(required = false) DecisionInput input) {
        DecisionInput in = input == null ? new DecisionInput(null, null, null, null, null, null, null) : input;
        long did = service.decide(ws, user, id, meetingId, in);
        return ResponseEntity.created(URI.create(base(ws, id) + "/decisions/" + did))
                .body(decision(ws, user, id, did));
    }

    private DecisionDto decision(CurrentWorkspace ws, AuthenticatedUser user, long id, long decisionId) {
        return service.decisions(service.visible(ws, user, id)).stream()
                .filter(d -> d.id() == decisionId)
                .findFirst()
                .map(DecisionDto::of)
                .orElseThrow(() -> InitiativeService.notFound("decision " + decisionId));
    }

    @PutMapping("/decisions/{decisionId}")
    @Operation(summary = "Sets a decision's follow-up status (OPEN, IN_PROGRESS, DONE)")
    DecisionDto followUp(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestBody(required = false) FollowUpInput input) {
        service.followUp(ws, user, id, decisionId, input == null ? null : input.followUp());
        return decision(ws, user, id, decisionId);
    }
}

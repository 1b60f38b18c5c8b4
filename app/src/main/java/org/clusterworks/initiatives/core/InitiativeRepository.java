package org.clusterworks.initiatives.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.initiatives.Stage;
import org.clusterworks.initiatives.core.Domain.Body;
import org.clusterworks.initiatives.core.Domain.CheckItem;
import org.clusterworks.initiatives.core.Domain.Decision;
import org.clusterworks.initiatives.core.Domain.Document;
import org.clusterworks.initiatives.core.Domain.Endorsement;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.initiatives.core.Domain.Meeting;
import org.clusterworks.initiatives.core.Domain.Membership;
import org.clusterworks.initiatives.core.Domain.Seat;
import org.clusterworks.initiatives.core.Domain.StageChange;
import org.clusterworks.initiatives.core.Domain.Version;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes initiatives and everything that hangs off them. Initiatives are looked up by workspace and id;
 * every child row is looked up together with its initiative id, which callers have already checked.
 */
@Repository
class InitiativeRepository {

    private static final String COLUMNS = "id, workspace_id, name, territory_code, territory_name, clusters,"
            + " mapping_reference, funder, cluster_org_id, manager_user_id, stage, description, founded_in, website,"
            + " legal_status, manager_fte, staff_fte, sectors, target_women_pct, target_sme_pct, target_business_pct,"
            + " created_at, updated_at";

    private final JdbcClient jdbc;

    InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // Initiatives

    List<Initiative> all(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from initiative where workspace_id = :ws order by lower(name), id")
                .param("ws", workspaceId)
                .query(Rows.of(Initiative.class))
                .list();
    }

    Optional<Initiative> find(long workspaceId, long id) {
        return jdbc.sql("select " + COLUMNS + " from initiative where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query(Rows.of(Initiative.class))
                .optional();
    }

    /** Ids of the initiatives an organisation is (or was) a member of. */
    List<Long> initiativesOfOrganisation(long workspaceId, long orgId) {
        return jdbc.sql("select m.initiative_id from initiative_membership m join initiative i on i.id ="
                        + " m.initiative_id where i.workspace_id = :ws and m.organisation_id = :o")
                .param("ws", workspaceId)
                .param("o", orgId)
                .query(Long.class)
                .list();
    }

    long insert(long workspaceId, InitiativeInput.Valid v, Long managerUserId, Stage stage) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into initiative (workspace_id, name, territory_code, territory_name, clusters,"
                        + " mapping_reference, funder, cluster_org_id, manager_user_id, stage, description,"
                        + " founded_in, website, legal_status, manager_fte, staff_fte, sectors, target_women_pct,"
                        + " target_sme_pct, target_business_pct, created_at, updated_at) values (:ws, :name,"
                        + " :territoryCode, :territoryName, :clusters, :mappingReference, :funder, :clusterOrgId,"
                        + " :managerUserId, :stage, :description, :foundedIn, :website, :legalStatus, :managerFte,"
                        + " :staffFte, :sectors, :targetWomenPct, :targetSmePct, :targetBusinessPct, :now, :now)")
                .params(params(v))
                .param("ws", workspaceId)
                .param("managerUserId", managerUserId)
                .param("stage", stage.name())
                .param("now", now())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Stage s : Stage.values()) {
            int pos = 0;
            for (String item : s.checklist()) {
                jdbc.sql("insert into initiative_check (initiative_id, stage, item_key, position, done) values (:i,"
                                + " :s, :k, :p, false)")
                        .param("i", id)
                        .param("s", s.name())
                        .param("k", item)
                        .param("p", pos++)
                        .update();
            }
        }
        logStage(id, null, stage, null);
        return id;
    }

    /** The initiative's edit version (hidden in its edit form). */
    long version(long workspaceId, long id) {
        return org.clusterworks.shared.EditVersions.current(jdbc, "initiative", workspaceId, id);
    }

    /** Raises the edit version, refusing a form opened at another version ({@code StaleEdit}). */
    void claimVersion(long workspaceId, long id, Long expected, String user) {
        org.clusterworks.shared.EditVersions.claim(jdbc, "initiative", workspaceId, id, expected, user);
    }

    void update(long workspaceId, long id, InitiativeInput.Valid v, Long managerUserId) {
        jdbc.sql("update initiative set name = :name, territory_code = :territoryCode, territory_name ="
                        + " :territoryName, clusters = :clusters, mapping_reference = :mappingReference, funder ="
                        + " :funder, cluster_org_id = :clusterOrgId, manager_user_id = :managerUserId, description ="
                        + " :description, founded_in = :foundedIn, website = :website, legal_status = :legalStatus,"
                        + " manager_fte = :managerFte, staff_fte = :staffFte, sectors = :sectors, target_women_pct ="
                        + " :targetWomenPct, target_sme_pct = :targetSmePct, target_business_pct ="
                        + " :targetBusinessPct, updated_at = :now where workspace_id = :ws and id = :id")
                .params(params(v))
                .param("managerUserId", managerUserId)
                .param("ws", workspaceId)
                .param("id", id)
                .param("now", now())
                .update();
    }

    private static Map<String, Object> params(InitiativeInput.Valid v) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", v.name());
        p.put("territoryCode", v.territoryCode());
        p.put("territoryName", v.territoryName());
        p.put("clusters", v.clusters());
        p.put("mappingReference", v.mappingReference());
        p.put("funder", v.funder());
        p.put("clusterOrgId", v.clusterOrgId());
        p.put("description", v.description());
        p.put("foundedIn", v.foundedIn());
        p.put("website", v.website());
        p.put("legalStatus", v.legalStatus());
        p.put("managerFte", v.managerFte());
        p.put("staffFte", v.staffFte());
        p.put("sectors", v.sectors());
        p.put("targetWomenPct", v.targetWomenPct());
        p.put("targetSmePct", v.targetSmePct());
        p.put("targetBusinessPct", v.targetBusinessPct());
        return p;
    }

    void setStage(long id, Stage from, Stage to, Long userId) {
        jdbc.sql("update initiative set stage = :s, updated_at = :now where id = :id")
                .param("s", to.name())
                .param("id", id)
                .param("now", now())
                .update();
        logStage(id, from, to, userId);
    }

    private void logStage(long id, Stage from, Stage to, Long userId) {
        jdbc.sql("insert into initiative_stage_log (initiative_id, from_stage, to_stage, changed_by, changed_at)"
                        + " values (:i, :f, :t, :u, :now)")
                .param("i", id)
                .param("f", from == null ? null : from.name())
                .param("t", to.name())
                .param("u", userId)
                .param("now", now())
                .update();
    }

    List<StageChange> stageLog(long initiativeId) {
        return jdbc.sql("select from_stage, to_stage, changed_at from initiative_stage_log where initiative_id = :i"
                        + " order by changed_at, id")
                .param("i", initiativeId)
                .query(Rows.of(StageChange.class))
                .list();
    }

    // Checklist

    List<CheckItem> checklist(long initiativeId) {
        return jdbc.sql("select id, initiative_id, stage, item_key, position, done, done_at from initiative_check"
                        + " where initiative_id = :i order by position, id")
                .param("i", initiativeId)
                .query(Rows.of(CheckItem.class))
                .list();
    }

    int setCheck(long initiativeId, long itemId, boolean done, Long userId) {
        return jdbc.sql("update initiative_check set done = :d, done_by = :u, done_at = :t where id = :id and"
                        + " initiative_id = :i")
                .param("d", done)
                .param("u", done ? userId : null)
                .param("t", done ? now() : null)
                .param("id", itemId)
                .param("i", initiativeId)
                .update();
    }

    // Memberships

    List<Membership> memberships(long initiativeId) {
        return jdbc.sql("select id, initiative_id, organisation_id, member_type, fee, currency, start_date, end_date,"
                        + " committed from initiative_membership where initiative_id = :i order by id")
                .param("i", initiativeId)
                .query(Rows.of(Membership.class))
                .list();
    }

    Optional<Membership> membership(long initiativeId, long id) {
        return jdbc.sql("select id, initiative_id, organisation_id, member_type, fee, currency, start_date, end_date,"
                        + " committed from initiative_membership where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(Membership.class))
                .optional();
    }

    long insertMembership(long initiativeId, MembershipInput.Valid v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into initiative_membership (initiative_id, organisation_id, member_type, fee, currency,"
                        + " start_date, end_date, committed, created_at) values (:i, :o, :t, :f, :c, :s, :e, :k, :now)")
                .param("i", initiativeId)
                .param("o", v.organisationId())
                .param("t", v.memberType().name())
                .param("f", v.fee())
                .param("c", v.currency())
                .param("s", v.startDate())
                .param("e", v.endDate())
                .param("k", v.committed())
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void renewMembership(long initiativeId, long id, LocalDate endDate) {
        jdbc.sql("update initiative_membership set end_date = :e where initiative_id = :i and id = :id")
                .param("e", endDate)
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    void updateMembership(long initiativeId, long id, MembershipInput.Valid v) {
        jdbc.sql("update initiative_membership set member_type = :t, fee = :f, currency = :c, start_date = :s,"
                        + " end_date = :e, committed = :k where initiative_id = :i and id = :id")
                .param("t", v.memberType().name())
                .param("f", v.fee())
                .param("c", v.currency())
                .param("s", v.startDate())
                .param("e", v.endDate())
                .param("k", v.committed())
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    void deleteMembership(long initiativeId, long id) {
        jdbc.sql("delete from initiative_membership where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }

    /** Moves an organisation's memberships and cluster-organisation roles to another after a merge. */
    void moveOrganisation(long workspaceId, long kept, long merged) {
        jdbc.sql("delete from initiative_membership where organisation_id = :m and initiative_id in (select"
                        + " initiative_id from initiative_membership where organisation_id = :k)")
                .param("k", kept)
                .param("m", merged)
                .update();
        jdbc.sql("update initiative_membership set organisation_id = :k where organisation_id = :m")
                .param("k", kept)
                .param("m", merged)
                .update();
        jdbc.sql("update initiative set cluster_org_id = :k where workspace_id = :ws and cluster_org_id = :m")
                .param("ws", workspaceId)
                .param("k", kept)
                .param("m", merged)
                .update();
    }

    // Bodies and seats

    List<Body> bodies(long initiativeId) {
        return jdbc.sql("select id, initiative_id, name, kind, mandate, seats from governance_body where"
                        + " initiative_id = :i order by id")
                .param("i", initiativeId)
                .query(Rows.of(Body.class))
                .list();
    }

    Optional<Body> body(long initiativeId, long id) {
        return jdbc.sql("select id, initiative_id, name, kind, mandate, seats from governance_body where"
                        + " initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(Body.class))
                .optional();
    }

    long insertBody(long initiativeId, String name, Domain.BodyKind kind, String mandate, Integer seats) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into governance_body (initiative_id, name, kind, mandate, seats, created_at) values (:i, :n,"
                        + " :k, :m, :s, :now)")
                .param("i", initiativeId)
                .param("n", name)
                .param("k", kind.name())
                .param("m", mandate)
                .param("s", seats)
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Seat> seats(Collection<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, body_id, person_id, seat_role, since from body_seat where body_id in (:b) order"
                        + " by body_id, case seat_role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'SECRETARY'"
                        + " then 2 else 3 end, id")
                .param("b", bodyIds)
                .query(Rows.of(Seat.class))
                .list();
    }

    boolean seatExists(long bodyId, long personId) {
        return jdbc.sql("select count(*) from body_seat where body_id = :b and person_id = :p")
                        .param("b", bodyId)
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertSeat(long bodyId, long personId, Domain.SeatRole role, LocalDate since) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into body_seat (body_id, person_id, seat_role, since) values (:b, :p, :r, :s)")
                .param("b", bodyId)
                .param("p", personId)
                .param("r", role.name())
                .param("s", since)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int deleteSeat(long bodyId, long seatId) {
        return jdbc.sql("delete from body_seat where body_id = :b and id = :id")
                .param("b", bodyId)
                .param("id", seatId)
                .update();
    }

    // Meetings and decisions

    List<Meeting> meetings(long initiativeId) {
        return jdbc.sql("select id, initiative_id, body_id, title, starts_at, location, agenda, minutes from meeting"
                        + " where initiative_id = :i order by starts_at desc, id desc")
                .param("i", initiativeId)
                .query(Rows.of(Meeting.class))
                .list();
    }

    Optional<Meeting> meeting(long initiativeId, long id) {
        return jdbc.sql("select id, initiative_id, body_id, title, starts_at, location, agenda, minutes from meeting"
                        + " where initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(Meeting.class))
                .optional();
    }

    long insertMeeting(
            long initiativeId, long bodyId, String title, OffsetDateTime startsAt, String location, String agenda) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting (initiative_id, body_id, title, starts_at, location, agenda, created_at) values"
                        + " (:i, :b, :t, :s, :l, :a, :now)")
                .param("i", initiativeId)
                .param("b", bodyId)
                .param("t", title)
                .param("s", startsAt)
                .param("l", location)
                .param("a", agenda)
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateMinutes(long initiativeId, long meetingId, String minutes) {
        jdbc.sql("update meeting set minutes = :m where initiative_id = :i and id = :id")
                .param("m", minutes)
                .param("i", initiativeId)
                .param("id", meetingId)
                .update();
    }

    Map<Long, Boolean> attendance(long meetingId) {
        Map<Long, Boolean> result = new HashMap<>();
        jdbc.sql("select person_id, present from meeting_attendance where meeting_id = :m")
                .param("m", meetingId)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getBoolean(2)))
                .list();
        return result;
    }

    void setAttendance(long meetingId, Map<Long, Boolean> presence) {
        jdbc.sql("delete from meeting_attendance where meeting_id = :m")
                .param("m", meetingId)
                .update();
        presence.forEach((person, present) -> jdbc.sql(
                        "insert into meeting_attendance (meeting_id, person_id, present) values (:m, :p, :x)")
                .param("m", meetingId)
                .param("p", person)
                .param("x", present)
                .update());
    }

    List<Decision> decisions(long initiativeId) {
        return jdbc.sql("select id, meeting_id, initiative_id, text, votes_for, votes_against, abstentions, outcome,"
                        + " follow_up, follow_up_owner, due_date from decision where initiative_id = :i order by id")
                .param("i", initiativeId)
                .query(Rows.of(Decision.class))
                .list();
    }

    long insertDecision(long initiativeId, long meetingId, DecisionInput.Valid v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision (meeting_id, initiative_id, text, votes_for, votes_against, abstentions,"
                        + " outcome, follow_up, follow_up_owner, due_date, created_at) values (:m, :i, :t, :vf, :va,"
                        + " :ab, :o, :f, :fo, :d, :now)")
                .param("m", meetingId)
                .param("i", initiativeId)
                .param("t", v.text())
                .param("vf", v.votesFor())
                .param("va", v.votesAgainst())
                .param("ab", v.abstentions())
                .param("o", v.outcome().name())
                .param("f", Domain.FollowUp.OPEN.name())
                .param("fo", v.followUpOwner())
                .param("d", v.dueDate())
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int setFollowUp(long initiativeId, long decisionId, Domain.FollowUp followUp) {
        return jdbc.sql("update decision set follow_up = :f where initiative_id = :i and id = :id")
                .param("f", followUp.name())
                .param("i", initiativeId)
                .param("id", decisionId)
                .update();
    }

    // Documents, versions, endorsements

    List<Document> documents(long initiativeId) {
        return jdbc.sql("select id, initiative_id, title, kind, created_at from initiative_document where"
                        + " initiative_id = :i order by created_at desc, id desc")
                .param("i", initiativeId)
                .query(Rows.of(Document.class))
                .list();
    }

    Optional<Document> document(long initiativeId, long id) {
        return jdbc.sql("select id, initiative_id, title, kind, created_at from initiative_document where"
                        + " initiative_id = :i and id = :id")
                .param("i", initiativeId)
                .param("id", id)
                .query(Rows.of(Document.class))
                .optional();
    }

    long insertDocument(long initiativeId, String title, Domain.DocumentKind kind, Long userId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into initiative_document (initiative_id, title, kind, shared, created_by, created_at) values"
                        + " (:i, :t, :k, true, :u, :now)")
                .param("i", initiativeId)
                .param("t", title)
                .param("k", kind.name())
                .param("u", userId)
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Version> versions(long documentId) {
        return jdbc.sql("select id, document_id, version_no, filename, content_type, size_bytes, note,"
                        + " uploaded_by_name, uploaded_at from document_version where document_id = :d order by"
                        + " version_no desc")
                .param("d", documentId)
                .query(Rows.of(Version.class))
                .list();
    }

    int addVersion(
            long documentId,
            String filename,
            String contentType,
            byte[] content,
            String note,
            Long userId,
            String userName) {
        int next = jdbc.sql("select coalesce(max(version_no), 0) + 1 from document_version where document_id = :d")
                .param("d", documentId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into document_version (document_id, version_no, filename, content_type, size_bytes, content,"
                        + " note, uploaded_by, uploaded_by_name, uploaded_at) values (:d, :v, :f, :c, :s, :b, :n, :u,"
                        + " :un, :now)")
                .param("d", documentId)
                .param("v", next)
                .param("f", filename)
                .param("c", contentType)
                .param("s", (long) content.length)
                .param("b", content)
                .param("n", note)
                .param("u", userId)
                .param("un", userName)
                .param("now", now())
                .update();
        return next;
    }

    /** The stored file of a version: name, type and bytes. */
    record StoredFile(String filename, String contentType, byte[] content) {}

    Optional<StoredFile> file(long documentId, int versionNo) {
        return jdbc.sql("select filename, content_type, content from document_version where document_id = :d and"
                        + " version_no = :v")
                .param("d", documentId)
                .param("v", versionNo)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    List<Endorsement> endorsements(long initiativeId) {
        return jdbc.sql("select id, initiative_id, document_id, version_no, body_id, status, submitted_by_name,"
                        + " submitted_at, decided_by_name, decided_at, meeting_id, comments from endorsement where"
                        + " initiative_id = :i order by submitted_at desc, id desc")
                .param("i", initiativeId)
                .query(Rows.of(Endorsement.class))
                .list();
    }

    Optional<Endorsement> endorsement(long initiativeId, long id) {
        return endorsements(initiativeId).stream().filter(e -> e.id() == id).findFirst();
    }

    long insertEndorsement(long initiativeId, long documentId, int versionNo, long bodyId, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into endorsement (initiative_id, document_id, version_no, body_id, status,"
                        + " submitted_by_name, submitted_at) values (:i, :d, :v, :b, 'SUBMITTED', :by, :now)")
                .param("i", initiativeId)
                .param("d", documentId)
                .param("v", versionNo)
                .param("b", bodyId)
                .param("by", by)
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void decideEndorsement(
            long initiativeId, long id, Domain.EndorsementStatus status, String by, Long meetingId, String comments) {
        jdbc.sql("update endorsement set status = :s, decided_by_name = :by, decided_at = :now, meeting_id = :m,"
                        + " comments = :c where initiative_id = :i and id = :id")
                .param("s", status.name())
                .param("by", by)
                .param("now", now())
                .param("m", meetingId)
                .param("c", comments)
                .param("i", initiativeId)
                .param("id", id)
                .update();
    }
}

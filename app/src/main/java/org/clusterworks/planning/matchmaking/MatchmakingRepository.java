package org.clusterworks.planning.matchmaking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.planning.matchmaking.Matching.Post;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes matchmaking posts and meeting requests, always within one workspace. */
@Repository
public class MatchmakingRepository {

    private static final String POST = "id, organisation_id, kind, title, description, sector_codes,"
            + " value_chain_stage, created_by_name, created_at, active";

    /** A meeting request between two organisations. */
    public record MeetingRequest(
            long id,
            long fromOrgId,
            long toOrgId,
            Long postId,
            String message,
            String requestedByName,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime decidedAt) {}

    private final JdbcClient jdbc;

    MatchmakingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private long insert(JdbcClient.StatementSpec spec) {
        var keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Post> posts(long workspaceId) {
        return jdbc.sql("select " + POST + " from planning_match_post where workspace_id = :w order by created_at"
                        + " desc, id desc")
                .param("w", workspaceId)
                .query(Rows.of(Post.class))
                .list();
    }

    public Optional<Post> post(long workspaceId, long id) {
        return jdbc.sql("select " + POST + " from planning_match_post where workspace_id = :w and id = :id")
                .param("w", workspaceId)
                .param("id", id)
                .query(Rows.of(Post.class))
                .optional();
    }

    public long insertPost(
            long workspaceId,
            long organisationId,
            Matching.PostKind kind,
            String title,
            String description,
            String sectorCodes,
            Matching.Stage stage,
            String by) {
        return insert(jdbc.sql("insert into planning_match_post (workspace_id, organisation_id, kind, title,"
                        + " description, sector_codes, value_chain_stage, created_by_name, created_at, active) values"
                        + " (:w, :o, :k, :t, :d, :s, :st, :b, :at, true)")
                .param("w", workspaceId)
                .param("o", organisationId)
                .param("k", kind.name())
                .param("t", title)
                .param("d", description)
                .param("s", sectorCodes)
                .param("st", stage == null ? null : stage.name())
                .param("b", by)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)));
    }

    public void close(long workspaceId, long id) {
        jdbc.sql("update planning_match_post set active = false where workspace_id = :w and id = :id")
                .param("w", workspaceId)
                .param("id", id)
                .update();
    }

    public List<MeetingRequest> meetings(long workspaceId, long organisationId) {
        return jdbc.sql("select id, from_org_id, to_org_id, post_id, message, requested_by_name, status, created_at,"
                        + " decided_at from planning_meeting_request where workspace_id = :w and (from_org_id = :o or"
                        + " to_org_id = :o) order by created_at desc, id desc")
                .param("w", workspaceId)
                .param("o", organisationId)
                .query(Rows.of(MeetingRequest.class))
                .list();
    }

    public Optional<MeetingRequest> meeting(long workspaceId, long id) {
        return jdbc.sql("select id, from_org_id, to_org_id, post_id, message, requested_by_name, status, created_at,"
                        + " decided_at from planning_meeting_request where workspace_id = :w and id = :id")
                .param("w", workspaceId)
                .param("id", id)
                .query(Rows.of(MeetingRequest.class))
                .optional();
    }

    public long insertMeeting(long workspaceId, long from, long to, Long postId, String message, String by) {
        return insert(jdbc.sql("insert into planning_meeting_request (workspace_id, from_org_id, to_org_id, post_id,"
                        + " message, requested_by_name, status, created_at) values (:w, :f, :t, :p, :m, :b,"
                        + " 'REQUESTED', :at)")
                .param("w", workspaceId)
                .param("f", from)
                .param("t", to)
                .param("p", postId)
                .param("m", message)
                .param("b", by)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)));
    }

    public void decide(long workspaceId, long id, String status) {
        jdbc.sql("update planning_meeting_request set status = :s, decided_at = :at where workspace_id = :w and id ="
                        + " :id")
                .param("s", status)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("w", workspaceId)
                .param("id", id)
                .update();
    }
}

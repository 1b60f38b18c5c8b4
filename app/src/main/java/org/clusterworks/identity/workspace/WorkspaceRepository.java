package org.clusterworks.identity.workspace;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes workspaces and their memberships. */
@Repository
public class WorkspaceRepository {

    private final JdbcClient jdbc;

    WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String slug, String name, String description) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into workspace (slug, name, description, created_at) values (:s, :n, :d, :t)")
                .param("s", slug)
                .param("n", name)
                .param("d", description)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Workspace> findBySlug(String slug) {
        return jdbc.sql("select id, slug, name, description from workspace where slug = :s")
                .param("s", slug)
                .query(Rows.of(Workspace.class))
                .optional();
    }

    public Optional<Workspace> findById(long id) {
        return jdbc.sql("select id, slug, name, description from workspace where id = :id")
                .param("id", id)
                .query(Rows.of(Workspace.class))
                .optional();
    }

    public List<Workspace> findAll() {
        return jdbc.sql("select id, slug, name, description from workspace order by name")
                .query(Rows.of(Workspace.class))
                .list();
    }

    /** The workspaces a user belongs to, with the role in each. */
    public List<WorkspaceWithRole> findForUser(long userId) {
        return jdbc.sql("select w.id, w.slug, w.name, w.description, m.role from workspace w"
                        + " join workspace_member m on m.workspace_id = w.id where m.user_id = :u order by w.name")
                .param("u", userId)
                .query((rs, i) -> new WorkspaceWithRole(
                        new Workspace(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        WorkspaceRole.valueOf(rs.getString(5))))
                .list();
    }

    public Optional<WorkspaceRole> roleOf(long workspaceId, long userId) {
        return jdbc.sql("select role from workspace_member where workspace_id = :w and user_id = :u")
                .param("w", workspaceId)
                .param("u", userId)
                .query(String.class)
                .optional()
                .map(WorkspaceRole::valueOf);
    }

    public List<Membership> members(long workspaceId) {
        return jdbc.sql("select m.workspace_id, m.user_id, u.username, u.display_name, m.role, m.joined_at"
                        + " from workspace_member m join app_user u on u.id = m.user_id"
                        + " where m.workspace_id = :w order by u.display_name")
                .param("w", workspaceId)
                .query((rs, i) -> new Membership(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        WorkspaceRole.valueOf(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    public void addMember(long workspaceId, long userId, WorkspaceRole role) {
        jdbc.sql("insert into workspace_member (workspace_id, user_id, role, joined_at) values (:w, :u, :r, :t)")
                .param("w", workspaceId)
                .param("u", userId)
                .param("r", role.name())
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public int changeRole(long workspaceId, long userId, WorkspaceRole role) {
        return jdbc.sql("update workspace_member set role = :r where workspace_id = :w and user_id = :u")
                .param("r", role.name())
                .param("w", workspaceId)
                .param("u", userId)
                .update();
    }

    public int countWithRole(long workspaceId, WorkspaceRole role) {
        return jdbc.sql("select count(*) from workspace_member where workspace_id = :w and role = :r")
                .param("w", workspaceId)
                .param("r", role.name())
                .query(Integer.class)
                .single();
    }

    /** A workspace and the current user's role in it. */
    public record WorkspaceWithRole(Workspace workspace, WorkspaceRole role) {}
}

package org.clusterworks.observatory.links;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links from a workspace's initiatives to observatory programmes. */
@Repository
class LinkRepository {

    /** One link: which initiative of the workspace refers to which observatory programme. */
    record Link(long id, long initiativeId, long programmeId, String programmeName, String country) {}

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Link> of(long workspaceId) {
        return jdbc.sql("select l.id, l.initiative_id, l.programme_id, p.name, p.country from observatory_link l"
                        + " join observatory_programme p on p.id = l.programme_id where l.workspace_id = :ws"
                        + " order by l.initiative_id, p.name")
                .param("ws", workspaceId)
                .query((rs, n) ->
                        new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    boolean exists(long workspaceId, long initiativeId, long programmeId) {
        return jdbc.sql("select count(*) from observatory_link where workspace_id = :ws and initiative_id = :i"
                                + " and programme_id = :p")
                        .param("ws", workspaceId)
                        .param("i", initiativeId)
                        .param("p", programmeId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void add(long workspaceId, long initiativeId, long programmeId) {
        jdbc.sql("insert into observatory_link (workspace_id, initiative_id, programme_id, created_at)"
                        + " values (:ws, :i, :p, :now)")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .param("p", programmeId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    boolean delete(long workspaceId, long linkId) {
        return jdbc.sql("delete from observatory_link where workspace_id = :ws and id = :id")
                        .param("ws", workspaceId)
                        .param("id", linkId)
                        .update()
                > 0;
    }

    /** How many initiatives (in any workspace) refer to the programme: shown publicly, without names. */
    int count(long programmeId) {
        return jdbc.sql("select count(*) from observatory_link where programme_id = :p")
                .param("p", programmeId)
                .query(Integer.class)
                .single();
    }
}

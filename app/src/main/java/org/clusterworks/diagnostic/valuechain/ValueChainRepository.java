package org.clusterworks.diagnostic.valuechain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes an initiative's value-chain placements and gaps, always with workspace and initiative. */
@Repository
public class ValueChainRepository {

    /** A member organisation placed at a stage. */
    public record Placement(long id, String stage, long organisationId, String note) {}

    /** A gap the team recorded at a stage. */
    public record Gap(long id, String stage, String description) {}

    private final JdbcClient jdbc;

    ValueChainRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Placement> placements(long workspaceId, long initiativeId) {
        return jdbc.sql("select id, stage, organisation_id, note from diagnostic_vc_placement where workspace_id = :ws"
                        + " and initiative_id = :i order by id")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .query(Rows.of(Placement.class))
                .list();
    }

    public List<Gap> gaps(long workspaceId, long initiativeId) {
        return jdbc.sql("select id, stage, description from diagnostic_vc_gap where workspace_id = :ws and"
                        + " initiative_id = :i order by id")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .query(Rows.of(Gap.class))
                .list();
    }

    /** Places the organisation at the stage unless it is there already; answers whether a row was added. */
    public boolean place(long workspaceId, long initiativeId, String stage, long organisationId, String note) {
        int existing = jdbc.sql("select count(*) from diagnostic_vc_placement where initiative_id = :i and stage = :s"
                        + " and organisation_id = :o")
                .param("i", initiativeId)
                .param("s", stage)
                .param("o", organisationId)
                .query(Integer.class)
                .single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("insert into diagnostic_vc_placement (workspace_id, initiative_id, stage, organisation_id, note,"
                        + " created_at) values (:ws, :i, :s, :o, :note, :now)")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .param("s", stage)
                .param("o", organisationId)
                .param("note", note)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return true;
    }

    int removePlacement(long workspaceId, long initiativeId, long placementId) {
        return jdbc.sql("delete from diagnostic_vc_placement where workspace_id = :ws and initiative_id = :i and id ="
                        + " :id")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .param("id", placementId)
                .update();
    }

    public void addGap(long workspaceId, long initiativeId, String stage, String description, Long userId) {
        jdbc.sql("insert into diagnostic_vc_gap (workspace_id, initiative_id, stage, description, created_by,"
                        + " created_at) values (:ws, :i, :s, :d, :by, :now)")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .param("s", stage)
                .param("d", description)
                .param("by", userId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    int removeGap(long workspaceId, long initiativeId, long gapId) {
        return jdbc.sql("delete from diagnostic_vc_gap where workspace_id = :ws and initiative_id = :i and id = :id")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .param("id", gapId)
                .update();
    }
}

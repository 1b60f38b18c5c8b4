package org.clusterworks.diagnostic.swot;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes SWOT items, votes and evidence links; items are always looked up with workspace and initiative. */
@Repository
public class SwotRepository {

    /** A stored SWOT item with its vote count. */
    public record Row(
            long id,
            long initiativeId,
            String kind,
            String category,
            String title,
            String description,
            int votes,
            OffsetDateTime createdAt) {}

    /** A stored evidence link. */
    public record Evidence(
            long id,
            long itemId,
            String kind,
            String label,
            Long datasetId,
            String regionCode,
            String clusterCode,
            Long roundId,
            String questionKey,
            String url) {

        /** For mapping evidence, the page inside the workspace: the region, cluster or dataset page. */
        public String mappingPath() {
            if (datasetId == null) {
                return null;
            }
            String base = "/mapping/datasets/" + datasetId;
            if (regionCode != null) {
                return base + "/regions/"
                        + org.springframework.web.util.UriUtils.encodePathSegment(regionCode, "UTF-8");
            }
            if (clusterCode != null) {
                return base + "/clusters/"
                        + org.springframework.web.util.UriUtils.encodePathSegment(clusterCode, "UTF-8");
            }
            return base;
        }
    }

    private final JdbcClient jdbc;

    SwotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The items of an initiative with their vote counts. */
    public List<Row> items(long workspaceId, long initiativeId) {
        return jdbc.sql("select i.id, i.initiative_id, i.kind, i.category, i.title, i.description,"
                        + " (select count(*) from diagnostic_swot_vote v where v.item_id = i.id) as votes, i.created_at"
                        + " from diagnostic_swot_item i where i.workspace_id = :ws and i.initiative_id = :ini"
                        + " order by i.id")
                .param("ws", workspaceId)
                .param("ini", initiativeId)
                .query(Rows.of(Row.class))
                .list();
    }

    Optional<Row> item(long workspaceId, long initiativeId, long itemId) {
        return items(workspaceId, initiativeId).stream()
                .filter(r -> r.id() == itemId)
                .findFirst();
    }

    public long insert(
            long workspaceId,
            long initiativeId,
            String kind,
            String category,
            String title,
            String description,
            Long userId) {
        var keys = new GeneratedKeyHolder();
        var now = now();
        jdbc.sql("insert into diagnostic_swot_item (workspace_id, initiative_id, kind, category, title, description,"
                        + " created_by, created_at, updated_at) values (:ws, :ini, :kind, :cat, :title, :descr, :by,"
                        + " :now, :now)")
                .param("ws", workspaceId)
                .param("ini", initiativeId)
                .param("kind", kind)
                .param("cat", category)
                .param("title", title)
                .param("descr", description)
                .param("by", userId)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long workspaceId, long itemId, String kind, String category, String title, String description) {
        jdbc.sql("update diagnostic_swot_item set kind = :kind, category = :cat, title = :title, description = :descr,"
                        + " updated_at = :now where workspace_id = :ws and id = :id")
                .param("kind", kind)
                .param("cat", category)
                .param("title", title)
                .param("descr", description)
                .param("now", now())
                .param("ws", workspaceId)
                .param("id", itemId)
                .update();
    }

    void delete(long workspaceId, long itemId) {
        jdbc.sql("delete from diagnostic_swot_vote where item_id = :id")
                .param("id", itemId)
                .update();
        jdbc.sql("delete from diagnostic_swot_evidence where item_id = :id")
                .param("id", itemId)
                .update();
        jdbc.sql("delete from diagnostic_swot_item where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", itemId)
                .update();
    }

    /** The ids of the items of an initiative the user voted for. */
    List<Long> votesOf(long initiativeId, long userId) {
        return jdbc.sql("select v.item_id from diagnostic_swot_vote v join diagnostic_swot_item i on i.id = v.item_id"
                        + " where i.initiative_id = :ini and v.user_id = :u")
                .param("ini", initiativeId)
                .param("u", userId)
                .query(Long.class)
                .list();
    }

    /** Adds the user's vote unless present; answers whether a vote was added. */
    public boolean vote(long itemId, long userId) {
        int existing = jdbc.sql("select count(*) from diagnostic_swot_vote where item_id = :i and user_id = :u")
                .param("i", itemId)
                .param("u", userId)
                .query(Integer.class)
                .single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("insert into diagnostic_swot_vote (item_id, user_id, voted_at) values (:i, :u, :now)")
                .param("i", itemId)
                .param("u", userId)
                .param("now", now())
                .update();
        return true;
    }

    void unvote(long itemId, long userId) {
        jdbc.sql("delete from diagnostic_swot_vote where item_id = :i and user_id = :u")
                .param("i", itemId)
                .param("u", userId)
                .update();
    }

    /** The evidence links of an initiative's items. */
    public List<Evidence> evidence(long workspaceId, long initiativeId) {
        return jdbc.sql("select e.id, e.item_id, e.kind, e.label, e.dataset_id, e.region_code, e.cluster_code,"
                        + " e.round_id, e.question_key, e.url from diagnostic_swot_evidence e join"
                        + " diagnostic_swot_item i on i.id = e.item_id where i.workspace_id = :ws and"
                        + " i.initiative_id = :ini order by e.id")
                .param("ws", workspaceId)
                .param("ini", initiativeId)
                .query(Rows.of(Evidence.class))
                .list();
    }

    public long addEvidence(long itemId, EvidenceInput.Valid v, Long userId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into diagnostic_swot_evidence (item_id, kind, label, dataset_id, region_code, cluster_code,"
                        + " round_id, question_key, url, created_by, created_at) values (:item, :kind, :label, :ds,"
                        + " :region, :cluster, :round, :question, :url, :by, :now)")
                .param("item", itemId)
                .param("kind", v.kind().name())
                .param("label", v.label())
                .param("ds", v.datasetId())
                .param("region", v.regionCode())
                .param("cluster", v.clusterCode())
                .param("round", v.roundId())
                .param("question", v.questionKey())
                .param("url", v.url())
                .param("by", userId)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteEvidence(long itemId, long evidenceId) {
        jdbc.sql("delete from diagnostic_swot_evidence where item_id = :item and id = :id")
                .param("item", itemId)
                .param("id", evidenceId)
                .update();
    }
}

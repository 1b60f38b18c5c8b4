package org.clusterworks.mapping.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.clusterworks.analytics.strength.StarRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A workspace's saved custom star rules (the engine's {@link StarRule}s stored as JSON). */
@Component
public class StarRuleSets {

    /** A saved rule set. */
    public record RuleSet(long id, String name, List<StarRule> rules) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StarRuleSets(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<RuleSet> list(long workspaceId) {
        return jdbc.sql("select id, name, rules_json from map_star_rule_set where workspace_id = :ws order by name")
                .param("ws", workspaceId)
                .query((rs, n) -> new RuleSet(rs.getLong(1), rs.getString(2), parse(rs.getString(3))))
                .list();
    }

    public Optional<RuleSet> find(long workspaceId, long id) {
        return jdbc.sql("select id, name, rules_json from map_star_rule_set where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query((rs, n) -> new RuleSet(rs.getLong(1), rs.getString(2), parse(rs.getString(3))))
                .optional();
    }

    public long save(long workspaceId, String name, List<StarRule> rules) {
        jdbc.sql("""
                        insert into map_star_rule_set (workspace_id, name, rules_json, created_at)
                        values (:ws, :name, :rules, :now)""")
                .param("ws", workspaceId)
                .param("name", name)
                .param("rules", json.writeValueAsString(rules))
                .param("now", OffsetDateTime.now())
                .update();
        return jdbc.sql("select max(id) from map_star_rule_set where workspace_id = :ws")
                .param("ws", workspaceId)
                .query(Long.class)
                .single();
    }

    private List<StarRule> parse(String text) {
        return json.readValue(text, new TypeReference<List<StarRule>>() {});
    }
}

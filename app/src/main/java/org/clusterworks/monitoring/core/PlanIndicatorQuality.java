package org.clusterworks.monitoring.core;

import java.util.List;
import org.clusterworks.planning.IndicatorQuality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the action plan's golden-thread check which of the initiative's indicators have no owner, no source (neither
 * a source parameter nor a baseline source) or no frequency.
 */
@Component
class PlanIndicatorQuality implements IndicatorQuality {

    private final JdbcClient jdbc;

    PlanIndicatorQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IncompleteIndicator> incomplete(long workspaceId, long initiativeId) {
        return jdbc
                .sql("select i.id, i.code, i.name_en, i.owner, i.source_param, i.baseline_source, i.frequency from"
                        + " mon_indicator i join mon_framework f on f.id = i.framework_id where f.workspace_id = :ws"
                        + " and f.initiative_id = :i order by i.code")
                .param("ws", workspaceId)
                .param("i", initiativeId)
                .query((rs, n) -> new IncompleteIndicator(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name_en"),
                        blank(rs.getString("owner")),
                        blank(rs.getString("source_param")) && blank(rs.getString("baseline_source")),
                        blank(rs.getString("frequency"))))
                .list()
                .stream()
                .filter(x -> x.noOwner() || x.noSource() || x.noFrequency())
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

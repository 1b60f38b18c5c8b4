package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.funding.GrantConsortia;
import org.clusterworks.funding.GrantConsortium;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers {@link GrantConsortia} from the grant, its application, call, partners and costs. */
@Component
class GrantConsortiaQuery implements GrantConsortia {

    private final JdbcClient jdbc;

    GrantConsortiaQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(
            long grantId,
            long applicationId,
            long leadOrgId,
            String agreementRef,
            String title,
            String callTitle,
            String programme,
            String currency,
            BigDecimal amount,
            java.time.LocalDate startsOn,
            java.time.LocalDate endsOn) {}

    @Override
    public Optional<GrantConsortium> consortium(long workspaceId, long grantId) {
        var row = jdbc.sql("select g.id as grant_id, a.id as application_id, a.lead_org_id, g.agreement_ref, a.title,"
                        + " c.title_en as call_title, c.programme, c.currency, g.amount, g.starts_on, g.ends_on"
                        + " from funding_grant g join funding_application a on a.id = g.application_id join"
                        + " funding_call c on c.id = a.call_id where g.id = :g and g.workspace_id = :w")
                .param("g", grantId)
                .param("w", workspaceId)
                .query(Rows.of(Row.class))
                .optional();
        return row.map(r -> {
            Map<Long, BigDecimal> costs = new LinkedHashMap<>();
            costs.put(r.leadOrgId(), BigDecimal.ZERO);
            jdbc.sql("select org_id from funding_partner where application_id = :a order by position, org_id")
                    .param("a", r.applicationId())
                    .query(Long.class)
                    .list()
                    .forEach(o -> costs.putIfAbsent(o, BigDecimal.ZERO));
            jdbc.sql("select org_id, sum(amount) as total from funding_cost where application_id = :a group by org_id")
                    .param("a", r.applicationId())
                    .query((rs, n) -> Map.entry(rs.getLong("org_id"), rs.getBigDecimal("total")))
                    .list()
                    .forEach(e -> costs.merge(e.getKey(), e.getValue(), BigDecimal::add));
            List<GrantConsortium.Partner> partners = new ArrayList<>();
            costs.forEach((o, c) -> partners.add(new GrantConsortium.Partner(o, o == r.leadOrgId(), c)));
            return new GrantConsortium(
                    r.grantId(),
                    r.agreementRef(),
                    r.title(),
                    r.callTitle(),
                    r.programme(),
                    r.currency(),
                    r.amount(),
                    r.startsOn(),
                    r.endsOn(),
                    partners);
        });
    }
}

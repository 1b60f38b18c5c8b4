package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clusterworks.planning.implementation.Implementation.Direction;
import org.clusterworks.planning.implementation.Implementation.JointAction;
import org.clusterworks.planning.implementation.Implementation.JointStatus;
import org.clusterworks.planning.implementation.Implementation.Participant;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;

/**
 * The joint-action ledger with the counts programmes report to funders: joint actions (horizontal, vertical), firms
 * involved, of which SMEs and women-led firms (owner or manager a woman), co-financing mobilised from participants
 * by currency, and collaborations that continued after support. Cancelled actions are left out.
 */
public record Ledger(
        int jointActions,
        int horizontal,
        int vertical,
        int organisations,
        int firms,
        int smes,
        int womenLed,
        Map<String, BigDecimal> cofinancing,
        int continued) {

    public static Ledger of(
            List<JointAction> actions,
            Collection<Participant> participants,
            Map<Long, StakeholderOrganisation> organisations) {
        List<JointAction> live = actions.stream()
                .filter(a -> a.status() != JointStatus.CANCELLED)
                .toList();
        Set<Long> ids = new HashSet<>();
        live.forEach(a -> ids.add(a.id()));
        Set<Long> orgs = new HashSet<>();
        Map<String, BigDecimal> money = new TreeMap<>();
        for (Participant p : participants) {
            if (!ids.contains(p.jointActionId())) {
                continue;
            }
            orgs.add(p.organisationId());
            if (p.contribution() != null) {
                String currency = live.stream()
                        .filter(a -> a.id() == p.jointActionId())
                        .map(JointAction::currency)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse("?");
                money.merge(currency, p.contribution(), BigDecimal::add);
            }
        }
        int firms = 0;
        int smes = 0;
        int women = 0;
        for (Long id : orgs) {
            StakeholderOrganisation o = organisations.get(id);
            if (o == null || o.helix() != Helix.BUSINESS) {
                continue;
            }
            firms++;
            if (o.sme()) {
                smes++;
            }
            if (o.ownerGender() == Gender.WOMAN) {
                women++;
            }
        }
        return new Ledger(
                live.size(),
                (int) live.stream()
                        .filter(a -> a.direction() == Direction.HORIZONTAL)
                        .count(),
                (int) live.stream()
                        .filter(a -> a.direction() == Direction.VERTICAL)
                        .count(),
                orgs.size(),
                firms,
                smes,
                women,
                money,
                (int) live.stream()
                        .filter(a -> Boolean.TRUE.equals(a.continued()))
                        .count());
    }
}

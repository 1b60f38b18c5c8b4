package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterworks.funding.GrantAwarded;
import org.clusterworks.funding.GrantConsortia;
import org.clusterworks.funding.GrantConsortium;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.implementation.Implementation.Direction;
import org.clusterworks.planning.implementation.Implementation.JointStatus;
import org.clusterworks.planning.implementation.Implementation.Kind;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a joint action in the initiative's ledger when the programme awards a grant for it ({@link GrantAwarded}):
 * the consortium as participants, each contributing its co-financing (its eligible costs less its pro-rata share of
 * the grant), the kind read from the call (R&D project unless the call is about export, marketing, training,
 * equipment or purchasing), linked back to the grant. Once per grant: a second event for the same grant changes
 * nothing.
 */
@Component
class GrantJointActions {

    private final GrantConsortia grants;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final ImplementationRepository repo;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    GrantJointActions(
            GrantConsortia grants,
            Initiatives initiatives,
            Stakeholders stakeholders,
            ImplementationRepository repo,
            JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.grants = grants;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.repo = repo;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The kind of joint action a call pays for, from the words of its title and programme. */
    static Kind kindOf(String callTitle, String projectTitle) {
        String t = ((callTitle == null ? "" : callTitle) + " " + (projectTitle == null ? "" : projectTitle))
                .toLowerCase(Locale.ROOT);
        if (t.contains("export")) {
            return Kind.EXPORT_CONSORTIUM;
        }
        if (t.contains("marketing") || t.contains("branding") || t.contains("promotion")) {
            return Kind.JOINT_MARKETING;
        }
        if (t.contains("training") || t.contains("skills")) {
            return Kind.TRAINING;
        }
        if (t.contains("equipment") || t.contains("laborator") || t.contains("facility")) {
            return Kind.SHARED_EQUIPMENT;
        }
        if (t.contains("purchas") || t.contains("procurement")) {
            return Kind.SHARED_PURCHASING;
        }
        return Kind.RD_PROJECT;
    }

    /**
     * A partner's co-financing: its eligible costs less the part of the grant that pays for them (the grant spread
     * over the consortium's costs pro rata); never below zero. Null when nobody declared costs.
     */
    static BigDecimal cofinancing(BigDecimal costs, BigDecimal total, BigDecimal grant) {
        if (total == null || total.signum() <= 0) {
            return null;
        }
        BigDecimal granted = grant.multiply(costs).divide(total, 2, RoundingMode.HALF_UP);
        return costs.subtract(granted).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    private boolean recorded(long grantId) {
        return jdbc.sql("select count(*) from planning_joint_action where grant_id = :g")
                        .param("g", grantId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @EventListener
    @Transactional
    public void on(GrantAwarded award) {
        if (award.initiativeId() == null
                || initiatives.find(award.workspaceId(), award.initiativeId()).isEmpty()
                || recorded(award.grantId())) {
            return;
        }
        GrantConsortium g =
                grants.consortium(award.workspaceId(), award.grantId()).orElse(null);
        if (g == null) {
            return;
        }
        Map<Long, StakeholderOrganisation> orgs = stakeholders
                .organisations(
                        award.workspaceId(),
                        g.partners().stream()
                                .map(GrantConsortium.Partner::organisationId)
                                .toList())
                .stream()
                .collect(Collectors.toMap(StakeholderOrganisation::id, o -> o));
        // Firms only: horizontal; firms with research, government or support bodies: vertical.
        boolean allFirms = orgs.values().stream().allMatch(o -> o.helix() == null || o.helix() == Helix.BUSINESS);
        BigDecimal total = g.totalCosts();
        LocalDate start = g.startsOn() != null ? g.startsOn() : LocalDate.now();
        var v = new JointActionInput.Valid(
                null,
                trim(g.title() + " (" + g.agreementRef() + ")", 300),
                kindOf(g.callTitle(), g.title()),
                allFirms ? Direction.HORIZONTAL : Direction.VERTICAL,
                start,
                g.endsOn(),
                total.signum() > 0 ? total : g.amount(),
                g.currency(),
                JointStatus.ONGOING,
                "Grant " + g.agreementRef() + " awarded by " + g.programme() + ": "
                        + g.amount().toPlainString() + " " + g.currency() + ".",
                null);
        long id = repo.insertJointAction(award.workspaceId(), award.initiativeId(), v);
        jdbc.sql("update planning_joint_action set grant_id = :g where id = :id")
                .param("g", award.grantId())
                .param("id", id)
                .update();
        for (GrantConsortium.Partner p : g.partners()) {
            if (!orgs.containsKey(p.organisationId())) {
                continue;
            }
            repo.saveParticipant(
                    id,
                    p.organisationId(),
                    cofinancing(p.eligibleCosts(), total, g.amount()),
                    p.lead() ? "grant lead" : "grant partner");
        }
        events.publishEvent(new AuditEvent(
                award.workspaceId(),
                AuditEvent.Action.CREATED,
                "planning-joint-action",
                String.valueOf(id),
                "Joint action recorded from grant " + g.agreementRef()));
    }

    private static String trim(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

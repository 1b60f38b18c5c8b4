package org.clusterworks.planning.core;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.EventSummary;
import org.clusterworks.planning.JointActionSummary;
import org.clusterworks.planning.PlannedActionLine;
import org.clusterworks.planning.PlannedObjective;
import org.clusterworks.planning.Plans;
import org.clusterworks.planning.implementation.AttendanceCounts;
import org.clusterworks.planning.implementation.Implementation.Registration;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.stereotype.Component;

/** The planning module's answer to other modules, read from its repositories. */
@Component
class PlansApi implements Plans {

    private final Initiatives initiatives;
    private final PlanRepository plans;
    private final ImplementationRepository implementation;
    private final Stakeholders stakeholders;

    PlansApi(
            Initiatives initiatives,
            PlanRepository plans,
            ImplementationRepository implementation,
            Stakeholders stakeholders) {
        this.initiatives = initiatives;
        this.plans = plans;
        this.implementation = implementation;
        this.stakeholders = stakeholders;
    }

    private boolean inWorkspace(long workspaceId, long initiativeId) {
        return initiatives.find(workspaceId, initiativeId).isPresent();
    }

    @Override
    public List<PlannedObjective> objectives(long workspaceId, long initiativeId) {
        if (!inWorkspace(workspaceId, initiativeId)) {
            return List.of();
        }
        var swot = plans.objectiveSwot(initiativeId);
        return plans.objectives(initiativeId).stream()
                .map(o -> new PlannedObjective(
                        o.id(),
                        o.initiativeId(),
                        o.code(),
                        o.title(),
                        o.status().name(),
                        List.copyOf(swot.getOrDefault(o.id(), List.of()))))
                .toList();
    }

    @Override
    public List<PlannedActionLine> actionLines(long workspaceId, long initiativeId) {
        if (!inWorkspace(workspaceId, initiativeId)) {
            return List.of();
        }
        var partners = plans.partners(initiativeId);
        var swot = plans.lineSwot(initiativeId);
        var funders = plans.funders(initiativeId);
        return plans.lines(initiativeId).stream()
                .map(l -> {
                    Map<String, BigDecimal> shares = new LinkedHashMap<>();
                    funders.stream()
                            .filter(f -> f.actionLineId() == l.id())
                            .forEach(f -> shares.merge(f.funderName(), f.sharePct(), BigDecimal::add));
                    return new PlannedActionLine(
                            l.id(),
                            l.initiativeId(),
                            l.objectiveId(),
                            l.code(),
                            l.title(),
                            l.status().name(),
                            l.startDate(),
                            l.endDate(),
                            l.budget(),
                            l.currency(),
                            l.membersSharePct(),
                            Map.copyOf(shares),
                            l.ownerOrgId(),
                            l.ownerPersonId(),
                            List.copyOf(partners.getOrDefault(l.id(), List.of())),
                            List.copyOf(swot.getOrDefault(l.id(), List.of())));
                })
                .toList();
    }

    @Override
    public List<JointActionSummary> jointActions(long workspaceId, long initiativeId) {
        if (!inWorkspace(workspaceId, initiativeId)) {
            return List.of();
        }
        var participants = implementation.participants(initiativeId);
        return implementation.jointActions(initiativeId).stream()
                .map(j -> {
                    var mine = participants.stream()
                            .filter(p -> p.jointActionId() == j.id())
                            .map(p -> new JointActionSummary.Participant(p.organisationId(), p.contribution()))
                            .toList();
                    BigDecimal cofinancing = mine.stream()
                            .map(JointActionSummary.Participant::contribution)
                            .filter(java.util.Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new JointActionSummary(
                            j.id(),
                            j.initiativeId(),
                            j.actionLineId(),
                            j.title(),
                            j.kind().name(),
                            j.direction().name(),
                            j.status().name(),
                            j.startDate(),
                            j.endDate(),
                            j.budget(),
                            j.currency(),
                            cofinancing,
                            j.continued(),
                            mine);
                })
                .toList();
    }

    @Override
    public List<EventSummary> events(long workspaceId, long initiativeId) {
        if (!inWorkspace(workspaceId, initiativeId)) {
            return List.of();
        }
        List<Registration> all = implementation.registrationsOfInitiative(initiativeId);
        Map<Long, StakeholderPerson> people = stakeholders.people(workspaceId, AttendanceCounts.personIds(all)).stream()
                .collect(Collectors.toMap(StakeholderPerson::id, Function.identity()));
        var orgIds = new java.util.HashSet<Long>();
        all.forEach(r -> {
            if (r.organisationId() != null) {
                orgIds.add(r.organisationId());
            }
        });
        people.values().forEach(p -> {
            if (p.organisationId() != null) {
                orgIds.add(p.organisationId());
            }
        });
        Map<Long, StakeholderOrganisation> orgs = stakeholders.organisations(workspaceId, orgIds).stream()
                .collect(Collectors.toMap(StakeholderOrganisation::id, Function.identity()));
        return implementation.events(initiativeId).stream()
                .map(e -> {
                    var counts = AttendanceCounts.of(
                            all.stream().filter(r -> r.eventId() == e.id()).toList(), people, orgs);
                    return new EventSummary(
                            e.id(),
                            e.initiativeId(),
                            e.actionLineId(),
                            e.title(),
                            e.kind().name(),
                            e.startsAt(),
                            counts.registered(),
                            counts.attended(),
                            counts.organisations(),
                            Map.copyOf(counts.byHelix()),
                            Map.copyOf(counts.byGender()));
                })
                .toList();
    }
}

package org.clusterworks.diagnostic.valuechain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The value-chain map: member organisations placed at stages, and the gaps the team records at each stage. */
@Service
public class ValueChainService {

    private final ValueChainRepository repo;
    private final InitiativeAccess access;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final ApplicationEventPublisher events;

    ValueChainService(
            ValueChainRepository repo,
            InitiativeAccess access,
            Initiatives initiatives,
            Stakeholders stakeholders,
            ApplicationEventPublisher events) {
        this.repo = repo;
        this.access = access;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.events = events;
    }

    /** One placed organisation. */
    public record Placed(long placementId, StakeholderOrganisation organisation, String note) {}

    /** One stage of the map. */
    public record StageView(ValueChainStage stage, List<Placed> organisations, List<ValueChainRepository.Gap> gaps) {}

    /** The map: every stage in order, and the active members not placed anywhere yet. */
    public record ChainMap(
            List<StageView> stages, List<StakeholderOrganisation> unplaced, List<StakeholderOrganisation> members) {}

    public ChainMap map(long workspaceId, InitiativeSummary i) {
        var members = stakeholders.organisations(
                workspaceId, initiatives.activeMembers(workspaceId, i.id(), LocalDate.now()));
        var placements = repo.placements(workspaceId, i.id());
        var orgs = new java.util.HashMap<Long, StakeholderOrganisation>();
        stakeholders
                .organisations(
                        workspaceId,
                        placements.stream()
                                .map(ValueChainRepository.Placement::organisationId)
                                .toList())
                .forEach(o -> orgs.put(o.id(), o));
        Map<ValueChainStage, List<Placed>> placed = new EnumMap<>(ValueChainStage.class);
        Map<ValueChainStage, List<ValueChainRepository.Gap>> gaps = new EnumMap<>(ValueChainStage.class);
        for (var s : ValueChainStage.values()) {
            placed.put(s, new ArrayList<>());
            gaps.put(s, new ArrayList<>());
        }
        for (var p : placements) {
            var s = ValueChainStage.parse(p.stage());
            var o = orgs.get(p.organisationId());
            if (s != null && o != null) {
                placed.get(s).add(new Placed(p.id(), o, p.note()));
            }
        }
        for (var g : repo.gaps(workspaceId, i.id())) {
            var s = ValueChainStage.parse(g.stage());
            if (s != null) {
                gaps.get(s).add(g);
            }
        }
        List<StageView> stages = new ArrayList<>();
        for (var s : ValueChainStage.values()) {
            var list = placed.get(s);
            list.sort(java.util.Comparator.comparing(p -> p.organisation().name(), String.CASE_INSENSITIVE_ORDER));
            stages.add(new StageView(s, list, gaps.get(s)));
        }
        var placedIds = placements.stream()
                .map(ValueChainRepository.Placement::organisationId)
                .collect(java.util.stream.Collectors.toSet());
        var unplaced = members.stream().filter(o -> !placedIds.contains(o.id())).toList();
        return new ChainMap(stages, unplaced, members);
    }

    @Transactional
    public void place(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long initiativeId,
            String stage,
            String organisationId,
            String note) {
        var i = access.editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        var s = ValueChainStage.parse(stage);
        if (s == null) {
            errors.add(
                    "stage",
                    stage == null || stage.isBlank() ? "diagnostic.input.required" : "diagnostic.input.unknown-choice");
        }
        Long org = null;
        try {
            org = organisationId == null || organisationId.isBlank() ? null : Long.parseLong(organisationId.strip());
        } catch (NumberFormatException e) {
            errors.add("organisationId", "diagnostic.input.unknown-choice");
        }
        if (org == null && !errors.has("organisationId")) {
            errors.add("organisationId", "diagnostic.input.required");
        } else if (org != null
                && !initiatives.activeMembers(ws.id(), i.id(), LocalDate.now()).contains(org)) {
            errors.add("organisationId", "valuechain.not-a-member");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 300) {
            errors.add("note", "diagnostic.input.too-long");
        }
        errors.throwIfAny();
        if (repo.place(ws.id(), i.id(), s.name(), org, n)) {
            audit(ws, AuditEvent.Action.CREATED, i.id(), "placed organisation " + org + " at " + s);
        }
    }

    @Transactional
    public void removePlacement(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long placementId) {
        var i = access.editable(ws, user, initiativeId);
        if (repo.removePlacement(ws.id(), i.id(), placementId) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No placement " + placementId);
        }
        audit(ws, AuditEvent.Action.DELETED, i.id(), "placement " + placementId);
    }

    @Transactional
    public void addGap(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, String stage, String description) {
        var i = access.editable(ws, user, initiativeId);
        var errors = new InvalidInput.Collector();
        var s = ValueChainStage.parse(stage);
        if (s == null) {
            errors.add(
                    "stage",
                    stage == null || stage.isBlank() ? "diagnostic.input.required" : "diagnostic.input.unknown-choice");
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d == null) {
            errors.add("description", "diagnostic.input.required");
        } else if (d.length() > 1000) {
            errors.add("description", "diagnostic.input.too-long");
        }
        errors.throwIfAny();
        repo.addGap(ws.id(), i.id(), s.name(), d, user.id());
        audit(ws, AuditEvent.Action.CREATED, i.id(), "value-chain gap at " + s);
    }

    @Transactional
    public void removeGap(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long gapId) {
        var i = access.editable(ws, user, initiativeId);
        if (repo.removeGap(ws.id(), i.id(), gapId) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No gap " + gapId);
        }
        audit(ws, AuditEvent.Action.DELETED, i.id(), "value-chain gap " + gapId);
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action action, long initiativeId, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), action, "value-chain", Long.toString(initiativeId), summary));
    }
}

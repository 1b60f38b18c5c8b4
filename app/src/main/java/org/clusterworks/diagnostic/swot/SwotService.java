package org.clusterworks.diagnostic.swot;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.Surveys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The rules of the SWOT board: the team edits items and evidence, stakeholders vote once per item. */
@Service
public class SwotService {

    private final SwotRepository repo;
    private final InitiativeAccess access;
    private final ObjectProvider<MappingDatasets> datasets;
    private final Surveys surveys;
    private final ApplicationEventPublisher events;

    SwotService(
            SwotRepository repo,
            InitiativeAccess access,
            ObjectProvider<MappingDatasets> datasets,
            Surveys surveys,
            ApplicationEventPublisher events) {
        this.repo = repo;
        this.access = access;
        this.datasets = datasets;
        this.surveys = surveys;
        this.events = events;
    }

    /** The board as shown: ranked items per quadrant, their evidence, and the user's votes. */
    public record Board(
            Map<SwotKind, List<SwotBoard.Ranked>> quadrants,
            Map<Long, List<SwotRepository.Evidence>> evidence,
            Set<Long> myVotes,
            int itemCount) {}

    public Board board(long workspaceId, InitiativeSummary i, AuthenticatedUser user) {
        var rows = repo.items(workspaceId, i.id());
        Map<Long, List<SwotRepository.Evidence>> evidence = new java.util.HashMap<>();
        repo.evidence(workspaceId, i.id())
                .forEach(e -> evidence.computeIfAbsent(e.itemId(), k -> new java.util.ArrayList<>())
                        .add(e));
        Set<Long> mine = user == null ? Set.of() : new HashSet<>(repo.votesOf(i.id(), user.id()));
        return new Board(SwotBoard.rank(rows), evidence, mine, rows.size());
    }

    @Transactional
    public long add(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, SwotInput input) {
        var i = access.editable(ws, user, initiativeId);
        var v = input.validate();
        long id = repo.insert(
                ws.id(), i.id(), v.kind().name(), v.category().name(), v.title(), v.description(), user.id());
        audit(ws, AuditEvent.Action.CREATED, id, v.title());
        return id;
    }

    @Transactional
    public void update(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long itemId, SwotInput input) {
        var i = access.editable(ws, user, initiativeId);
        item(ws, i, itemId);
        var v = input.validate();
        repo.update(ws.id(), itemId, v.kind().name(), v.category().name(), v.title(), v.description());
        audit(ws, AuditEvent.Action.CHANGED, itemId, v.title());
    }

    @Transactional
    public void delete(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long itemId) {
        var i = access.editable(ws, user, initiativeId);
        var row = item(ws, i, itemId);
        repo.delete(ws.id(), itemId);
        audit(ws, AuditEvent.Action.DELETED, itemId, row.title());
    }

    /** Adds the user's vote, or takes it back when already given; answers whether the user now votes for it. */
    @Transactional
    public boolean toggleVote(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long itemId) {
        var i = access.votable(ws, user, initiativeId);
        item(ws, i, itemId);
        if (repo.vote(itemId, user.id())) {
            return true;
        }
        repo.unvote(itemId, user.id());
        return false;
    }

    @Transactional
    public long addEvidence(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long itemId, EvidenceInput input) {
        var i = access.editable(ws, user, initiativeId);
        item(ws, i, itemId);
        var v = input.validate();
        var errors = new InvalidInput.Collector();
        MappingDatasets mapping = datasets.getIfAvailable();
        if (v.datasetId() != null
                && mapping != null
                && mapping.find(ws.id(), v.datasetId()).isEmpty()) {
            errors.add("datasetId", "diagnostic.input.unknown-choice");
        }
        if (v.roundId() != null) {
            var round = surveys.round(ws.id(), v.roundId());
            if (round.isEmpty() || round.get().initiativeId() != i.id()) {
                errors.add("roundId", "diagnostic.input.unknown-choice");
            } else if (v.questionKey() != null
                    && surveys.questions(ws.id(), v.roundId()).stream()
                            .noneMatch(q -> q.code().equals(v.questionKey()))) {
                errors.add("questionKey", "diagnostic.input.unknown-choice");
            }
        }
        errors.throwIfAny();
        long id = repo.addEvidence(itemId, v, user.id());
        audit(ws, AuditEvent.Action.CREATED, itemId, "evidence: " + v.label());
        return id;
    }

    @Transactional
    public void deleteEvidence(
            CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, long itemId, long evidenceId) {
        var i = access.editable(ws, user, initiativeId);
        item(ws, i, itemId);
        repo.deleteEvidence(itemId, evidenceId);
        audit(ws, AuditEvent.Action.DELETED, itemId, "evidence " + evidenceId);
    }

    private SwotRepository.Row item(CurrentWorkspace ws, InitiativeSummary i, long itemId) {
        return repo.item(ws.id(), i.id(), itemId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No SWOT item " + itemId));
    }

    private void audit(CurrentWorkspace ws, AuditEvent.Action action, long id, String summary) {
        events.publishEvent(new AuditEvent(ws.id(), action, "swot-item", Long.toString(id), summary));
    }
}

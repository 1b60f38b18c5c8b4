package org.clusterworks.initiatives.core;

import java.util.Comparator;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.EndorsementState;
import org.clusterworks.initiatives.Endorsements;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records a governance decision on a pending endorsement without a request (demo seeding and tests). */
@Component
class EndorsementDecisions implements Endorsements {

    private final InitiativeRepository repo;
    private final Initiatives initiatives;

    EndorsementDecisions(InitiativeRepository repo, Initiatives initiatives) {
        this.repo = repo;
        this.initiatives = initiatives;
    }

    @Override
    @Transactional
    public EndorsementState decide(
            long workspaceId,
            long initiativeId,
            EndorsedDocument kind,
            boolean endorse,
            String decidedByName,
            String comments) {
        var i = repo.find(workspaceId, initiativeId)
                .orElseThrow(() -> InitiativeService.notFound("initiative " + initiativeId));
        var errors = new InvalidInput.Collector();
        var doc = repo.documents(i.id()).stream()
                .filter(d -> d.kind().name().equals(kind.name()))
                .max(Comparator.comparing(Domain.Document::id));
        var pending = doc.flatMap(d -> repo.endorsements(i.id()).stream()
                .filter(e -> e.documentId() == d.id() && e.status() == Domain.EndorsementStatus.SUBMITTED)
                .max(Comparator.comparing(Domain.Endorsement::id)));
        if (pending.isEmpty()) {
            errors.add("document", "planning.endorsement.nothing-pending");
        }
        String c = comments == null || comments.isBlank() ? null : comments.strip();
        if (!endorse && c == null) {
            errors.add("comments", "endorsement.comments-required");
        }
        errors.throwIfAny();
        repo.decideEndorsement(
                i.id(),
                pending.get().id(),
                endorse ? Domain.EndorsementStatus.ENDORSED : Domain.EndorsementStatus.RETURNED,
                decidedByName,
                null,
                c);
        return initiatives.latestEndorsement(workspaceId, initiativeId, kind).orElseThrow();
    }
}

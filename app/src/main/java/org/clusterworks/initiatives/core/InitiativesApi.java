package org.clusterworks.initiatives.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.EndorsementState;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The initiatives module's answer to other modules, read from its repository. */
@Component
class InitiativesApi implements Initiatives {

    private final InitiativeRepository repo;

    InitiativesApi(InitiativeRepository repo) {
        this.repo = repo;
    }

    @Override
    public List<InitiativeSummary> all(long workspaceId) {
        return repo.all(workspaceId).stream().map(InitiativesApi::summary).toList();
    }

    @Override
    public Optional<InitiativeSummary> find(long workspaceId, long initiativeId) {
        return repo.find(workspaceId, initiativeId).map(InitiativesApi::summary);
    }

    @Override
    public List<Long> activeMembers(long workspaceId, long initiativeId, LocalDate day) {
        if (repo.find(workspaceId, initiativeId).isEmpty()) {
            return List.of();
        }
        return repo.memberships(initiativeId).stream()
                .filter(m -> m.active(day))
                .map(Domain.Membership::organisationId)
                .distinct()
                .toList();
    }

    @Override
    public List<Long> initiativesOf(long workspaceId, long organisationId, LocalDate day) {
        return repo.initiativesOfOrganisation(workspaceId, organisationId).stream()
                .distinct()
                .filter(id -> activeMembers(workspaceId, id, day).contains(organisationId))
                .toList();
    }

    private static InitiativeSummary summary(Domain.Initiative i) {
        return new InitiativeSummary(
                i.id(), i.workspaceId(), i.name(), i.territoryCode(), i.clusterOrgId(), i.managerUserId(), i.stage());
    }

    @Override
    @Transactional
    public int submitForEndorsement(
            long workspaceId,
            long initiativeId,
            EndorsedDocument kind,
            String title,
            String filename,
            byte[] pdf,
            String note,
            long userId,
            String userName) {
        var i = repo.find(workspaceId, initiativeId)
                .orElseThrow(() -> InitiativeService.notFound("initiative " + initiativeId));
        var errors = new InvalidInput.Collector();
        var body = repo.bodies(i.id()).stream()
                .min(Comparator.comparing((Domain.Body b) -> b.kind() != Domain.BodyKind.CLUSTER_COMMISSION)
                        .thenComparing(Domain.Body::id));
        if (body.isEmpty()) {
            errors.add("bodyId", "planning.no-governance-body");
        }
        var doc = latestDocument(i.id(), kind);
        if (doc.isPresent()
                && repo.endorsements(i.id()).stream()
                        .anyMatch(e ->
                                e.documentId() == doc.get().id() && e.status() == Domain.EndorsementStatus.SUBMITTED)) {
            errors.add("document", "endorsement.already-pending");
        }
        errors.throwIfAny();
        long docId = doc.isPresent()
                ? doc.get().id()
                : repo.insertDocument(i.id(), title, Domain.DocumentKind.valueOf(kind.name()), userId);
        int version = repo.addVersion(docId, filename, "application/pdf", pdf, note, userId, userName);
        repo.insertEndorsement(i.id(), docId, version, body.get().id(), userName);
        return version;
    }

    @Override
    public Optional<EndorsementState> latestEndorsement(long workspaceId, long initiativeId, EndorsedDocument kind) {
        if (repo.find(workspaceId, initiativeId).isEmpty()) {
            return Optional.empty();
        }
        var doc = latestDocument(initiativeId, kind);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        var bodies = repo.bodies(initiativeId);
        return repo.endorsements(initiativeId).stream()
                .filter(e -> e.documentId() == doc.get().id())
                .max(Comparator.comparing(Domain.Endorsement::id))
                .map(e -> new EndorsementState(
                        e.versionNo(),
                        e.status().name(),
                        bodies.stream()
                                .filter(b -> b.id() == e.bodyId())
                                .map(Domain.Body::name)
                                .findFirst()
                                .orElse(""),
                        e.submittedAt(),
                        e.decidedByName(),
                        e.decidedAt(),
                        e.comments()));
    }

    private Optional<Domain.Document> latestDocument(long initiativeId, EndorsedDocument kind) {
        return repo.documents(initiativeId).stream()
                .filter(d -> d.kind().name().equals(kind.name()))
                .max(Comparator.comparing(Domain.Document::id));
    }
}

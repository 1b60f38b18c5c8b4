package org.clusterworks.initiatives.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.springframework.stereotype.Component;

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
    @org.springframework.transaction.annotation.Transactional
    public int submitActionPlan(
            long workspaceId,
            long initiativeId,
            String filename,
            byte[] pdf,
            String note,
            long userId,
            String userName) {
        var i = repo.find(workspaceId, initiativeId)
                .orElseThrow(() -> InitiativeService.notFound("initiative " + initiativeId));
        var errors = new org.clusterworks.shared.InvalidInput.Collector();
        var body = repo.bodies(i.id()).stream()
                .min(java.util.Comparator.comparing((Domain.Body b) -> b.kind() != Domain.BodyKind.CLUSTER_COMMISSION)
                        .thenComparing(Domain.Body::id));
        if (body.isEmpty()) {
            errors.add("bodyId", "planning.no-governance-body");
        }
        var doc = repo.documents(i.id()).stream()
                .filter(d -> d.kind() == Domain.DocumentKind.ACTION_PLAN)
                .max(java.util.Comparator.comparing(Domain.Document::id));
        if (doc.isPresent()
                && repo.endorsements(i.id()).stream()
                        .anyMatch(e ->
                                e.documentId() == doc.get().id() && e.status() == Domain.EndorsementStatus.SUBMITTED)) {
            errors.add("document", "endorsement.already-pending");
        }
        errors.throwIfAny();
        long docId = doc.isPresent()
                ? doc.get().id()
                : repo.insertDocument(i.id(), "Vision and action plan", Domain.DocumentKind.ACTION_PLAN, userId);
        int version = repo.addVersion(docId, filename, "application/pdf", pdf, note, userId, userName);
        repo.insertEndorsement(i.id(), docId, version, body.get().id(), userName);
        return version;
    }
}

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
}

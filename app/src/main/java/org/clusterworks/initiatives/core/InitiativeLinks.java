package org.clusterworks.initiatives.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.stakeholders.OrganisationLinks;
import org.springframework.stereotype.Component;

/** Lists, on an organisation's page, the initiatives it is a member of that the user may see. */
@Component
class InitiativeLinks implements OrganisationLinks {

    private final InitiativeRepository repo;
    private final InitiativeService service;

    InitiativeLinks(InitiativeRepository repo, InitiativeService service) {
        this.repo = repo;
        this.service = service;
    }

    @Override
    public List<Link> linksFor(CurrentWorkspace ws, AuthenticatedUser user, long organisationId) {
        LocalDate today = LocalDate.now();
        List<Link> links = new ArrayList<>();
        for (long id : repo.initiativesOfOrganisation(ws.id(), organisationId)) {
            var initiative = repo.find(ws.id(), id).orElse(null);
            if (initiative == null || !service.canSee(ws, user, initiative)) {
                continue;
            }
            String status = repo.memberships(id).stream()
                    .filter(m -> m.organisationId() == organisationId)
                    .findFirst()
                    .map(m -> m.status(today).messageKey())
                    .orElse(null);
            links.add(
                    new Link("links.initiatives", initiative.name(), "/w/" + ws.slug() + "/initiatives/" + id, status));
        }
        return links;
    }
}

package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.funding.GrantAwarded;
import org.clusterworks.funding.GrantPartner;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.PartnerBudget;
import org.springframework.stereotype.Component;

/** Builds the {@link GrantAwarded} event with what planning and monitoring need to record the joint action. */
@Component
class GrantAnnouncement {

    private final FundingAccess access;

    GrantAnnouncement(FundingAccess access) {
        this.access = access;
    }

    GrantAwarded of(long workspaceId, long grantId, Call call, Application a) {
        FundingRepository repo = access.repo();
        Map<Long, String> names = new LinkedHashMap<>();
        access.stakeholders()
                .organisations(workspaceId, repo.partners(a.id()))
                .forEach(o -> names.put(o.id(), o.name()));
        List<Long> accepted = access.flow().invitations(a.id()).stream()
                .filter(p -> p.status() == WorkflowRepository.PartnerStatus.ACCEPTED)
                .map(WorkflowRepository.PartnerInvitation::orgId)
                .toList();
        List<GrantPartner> partners = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PartnerBudget b : repo.budget(a.id())) {
            if (!accepted.contains(b.orgId())) {
                continue;
            }
            total = total.add(b.total());
            GrantPartner p = new GrantPartner(
                    b.orgId(), names.getOrDefault(b.orgId(), "#" + b.orgId()), b.orgId() == a.leadOrgId(), b.total());
            if (p.lead()) {
                partners.add(0, p);
            } else {
                partners.add(p);
            }
        }
        var grant = repo.grant(workspaceId, grantId).orElseThrow();
        return new GrantAwarded(
                workspaceId,
                grantId,
                a.id(),
                call.initiativeId(),
                a.leadOrgId(),
                grant.amount(),
                a.title(),
                call.id(),
                call.title(Locale.ENGLISH),
                access.flow().settings(call.id()).kind().name(),
                call.currency(),
                total,
                grant.startsOn(),
                grant.endsOn(),
                partners);
    }
}

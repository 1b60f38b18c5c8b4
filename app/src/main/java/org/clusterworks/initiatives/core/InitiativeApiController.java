package org.clusterworks.initiatives.core;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cluster initiatives over REST (read-only): the initiatives one may see, their stage and their members. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/initiatives")
@Tag(name = "Initiatives", description = "Cluster initiatives, their stage in the cycle and their members")
class InitiativeApiController {

    private final InitiativeService service;

    InitiativeApiController(InitiativeService service) {
        this.service = service;
    }

    /** An initiative in API answers. */
    record InitiativeDto(
            long id,
            String name,
            String stage,
            String territoryCode,
            String territoryName,
            String clusters,
            String funder,
            Long clusterOrganisationId,
            String manager,
            BigDecimal managerFte,
            long activeMembers,
            Map<String, Long> membersByHelix) {}

    /** A member organisation with its membership status. */
    record MemberDto(
            long id,
            String name,
            String helix,
            boolean sme,
            String membershipStatus,
            String memberType,
            LocalDate startDate,
            LocalDate endDate) {}

    private InitiativeDto dto(Initiative i) {
        var members = service.members(i);
        Map<String, Long> byHelix = new java.util.LinkedHashMap<>();
        InitiativeService.byHelix(members).forEach((h, n) -> byHelix.put(h.name(), n));
        return new InitiativeDto(
                i.id(),
                i.name(),
                i.stage().name(),
                i.territoryCode(),
                i.territoryName(),
                i.clusters(),
                i.funder(),
                i.clusterOrgId(),
                service.managerName(i),
                i.managerFte(),
                members.stream()
                        .filter(r -> r.status() != Domain.MembershipStatus.EXPIRED)
                        .count(),
                byHelix);
    }

    @GetMapping
    @Operation(summary = "The initiatives you may see, with their stage in the cycle")
    List<InitiativeDto> list(CurrentWorkspace ws, AuthenticatedUser user) {
        return service.visible(ws, user).stream().map(this::dto).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative, including its stage")
    InitiativeDto get(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        return dto(service.visible(ws, user, id));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The member organisations of an initiative with their helix role and membership status")
    List<MemberDto> members(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        Initiative i = service.visible(ws, user, id);
        return service.members(i).stream()
                .map(r -> new MemberDto(
                        r.organisation().id(),
                        r.organisation().name(),
                        r.organisation().helix().name(),
                        r.organisation().sme(),
                        r.status().name(),
                        r.membership().memberType().name(),
                        r.membership().startDate(),
                        r.membership().endDate()))
                .toList();
    }
}

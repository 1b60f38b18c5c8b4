package org.clusterworks.funding.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.WorkflowRepository.PartnerInvitation;
import org.clusterworks.funding.core.WorkflowRepository.PartnerStatus;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consortium invitations: the lead invites a partner organisation, which accepts or refuses (a user of that
 * organisation on its page, or anyone of the workspace holding the secret link, which is stored as its SHA-256 digest
 * and expires after 14 days) and may withdraw while the application is a draft. Every partner must have accepted
 * before the application can be submitted.
 */
@Service
public class PartnerInvitations {

    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FundingAccess access;
    private final FundingRepository repo;
    private final WorkflowRepository flow;
    private final ApplicationEventPublisher events;

    PartnerInvitations(FundingAccess access, ApplicationEventPublisher events) {
        this.access = access;
        this.repo = access.repo();
        this.flow = access.flow();
        this.events = events;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The lead invites an organisation of the directory; returns the secret of the link (shown once). */
    @Transactional
    public String invite(CurrentWorkspace ws, AuthenticatedUser user, long applicationId, long orgId) {
        Application a = access.asLead(ws, user, applicationId);
        if (a.locked()) {
            throw new InvalidInput(Map.of("status", "funding.application.locked"));
        }
        if (access.stakeholders().organisation(ws.id(), orgId).isEmpty()) {
            throw new InvalidInput(Map.of("organisationId", "funding.partner.unknown"));
        }
        if (orgId == a.leadOrgId()) {
            throw new InvalidInput(Map.of("organisationId", "funding.partner.lead"));
        }
        return invited(ws.id(), applicationId, orgId);
    }

    /** Adds the organisation as an invited partner (or invites it again) and returns the link's secret. */
    @Transactional
    public String invited(long workspaceId, long applicationId, long orgId) {
        repo.addPartner(applicationId, orgId);
        String token = newToken();
        flow.invite(applicationId, orgId, sha256(token), access.now().plus(VALID_FOR));
        events.publishEvent(new AuditEvent(
                workspaceId,
                AuditEvent.Action.CREATED,
                "funding-partner",
                applicationId + "/" + orgId,
                "Partner invited"));
        return token;
    }

    /** The open invitation behind a link: known in this workspace, still invited and not expired. */
    public Optional<PartnerInvitation> open(CurrentWorkspace ws, String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return flow.byTokenHash(ws.id(), sha256(token))
                .filter(p -> p.status() == PartnerStatus.INVITED)
                .filter(p -> p.expiresAt() != null && p.expiresAt().toInstant().isAfter(access.now()));
    }

    /** A user of the partner organisation accepts or refuses; 404 for anyone else. */
    @Transactional
    public void respond(CurrentWorkspace ws, AuthenticatedUser user, long applicationId, long orgId, boolean accept) {
        ws.require(Permission.CONTRIBUTE);
        Application a = ofPartnerUser(ws, user, applicationId, orgId);
        answer(ws, user, a, orgId, accept);
    }

    /** Whoever holds the open link (a workspace member who may contribute) accepts or refuses for the organisation. */
    @Transactional
    public long respondByLink(CurrentWorkspace ws, AuthenticatedUser user, String token, boolean accept) {
        ws.require(Permission.CONTRIBUTE);
        PartnerInvitation p = open(ws, token).orElseThrow(() -> FundingAccess.notFound("invitation"));
        Application a = repo.application(ws.id(), p.applicationId()).orElseThrow();
        if (access.organisationOf(ws, user).map(o -> o == a.leadOrgId()).orElse(false)) {
            throw new InvalidInput(Map.of("status", "funding.partner.lead-cannot-answer"));
        }
        answer(ws, user, a, p.orgId(), accept);
        return a.id();
    }

    private void answer(CurrentWorkspace ws, AuthenticatedUser user, Application a, long orgId, boolean accept) {
        if (a.locked()) {
            throw new InvalidInput(Map.of("status", "funding.application.locked"));
        }
        PartnerStatus to = accept ? PartnerStatus.ACCEPTED : PartnerStatus.REFUSED;
        if (!flow.respond(a.id(), orgId, PartnerStatus.INVITED, to, user.id())) {
            throw new InvalidInput(Map.of("status", "funding.partner.not-invited"));
        }
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CHANGED, "funding-partner", a.id() + "/" + orgId, "Partner " + to));
    }

    /** A user of the partner organisation withdraws it from a draft application. */
    @Transactional
    public void withdraw(CurrentWorkspace ws, AuthenticatedUser user, long applicationId, long orgId) {
        ws.require(Permission.CONTRIBUTE);
        Application a = ofPartnerUser(ws, user, applicationId, orgId);
        if (a.locked()) {
            throw new InvalidInput(Map.of("status", "funding.application.locked"));
        }
        if (!flow.respond(applicationId, orgId, PartnerStatus.ACCEPTED, PartnerStatus.WITHDRAWN, user.id())
                && !flow.respond(applicationId, orgId, PartnerStatus.INVITED, PartnerStatus.WITHDRAWN, user.id())) {
            throw new InvalidInput(Map.of("status", "funding.partner.not-invited"));
        }
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CHANGED, "funding-partner", applicationId + "/" + orgId, "Withdrawn"));
    }

    private Application ofPartnerUser(CurrentWorkspace ws, AuthenticatedUser user, long applicationId, long orgId) {
        Application a =
                repo.application(ws.id(), applicationId).orElseThrow(() -> FundingAccess.notFound("application"));
        Optional<Long> org = access.organisationOf(ws, user);
        if (org.isEmpty()
                || org.get() != orgId
                || orgId == a.leadOrgId()
                || !repo.partners(applicationId).contains(orgId)) {
            throw FundingAccess.notFound("invitation");
        }
        return a;
    }

    /** The partners who have not accepted (invited, refused or withdrawn), in consortium order. */
    public List<PartnerInvitation> notAccepted(long applicationId) {
        return flow.invitations(applicationId).stream()
                .filter(p -> p.status() != PartnerStatus.ACCEPTED)
                .toList();
    }
}

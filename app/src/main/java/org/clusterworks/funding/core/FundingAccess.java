package org.clusterworks.funding.core;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.identity.WorkspaceMember;
import org.clusterworks.identity.WorkspaceMembers;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see what: the programme (MANAGE_PROGRAMME) sees everything; an applicant sees the applications of their
 * organisation (lead or partner); a reviewer sees the submitted, eligible applications they are assigned to, except
 * those of an organisation they are linked to or for which they declared a conflict.
 */
@Component
public class FundingAccess {

    private final FundingRepository repo;
    private final WorkflowRepository flow;
    private final Stakeholders stakeholders;
    private final WorkspaceMembers members;
    private final Clock clock;

    FundingAccess(
            FundingRepository repo,
            WorkflowRepository flow,
            Stakeholders stakeholders,
            WorkspaceMembers members,
            ObjectProvider<Clock> clock) {
        this.repo = repo;
        this.flow = flow;
        this.stakeholders = stakeholders;
        this.members = members;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** How a user relates to an application. */
    public enum Role {
        PROGRAMME,
        APPLICANT,
        REVIEWER,
        NONE
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
    }

    public Instant now() {
        return clock.instant();
    }

    public FundingRepository repo() {
        return repo;
    }

    public Stakeholders stakeholders() {
        return stakeholders;
    }

    public WorkflowRepository flow() {
        return flow;
    }

    /** Members of the workspace (user id to display name), by name: the people who can be reviewers. */
    public Map<Long, String> workspaceUsers(long workspaceId) {
        Map<Long, String> out = new LinkedHashMap<>();
        members.members(workspaceId).forEach(m -> out.put(m.userId(), m.displayName()));
        return out;
    }

    /** The workspace members who work for the organisation and have an e-mail address. */
    public List<WorkspaceMember> contactsOf(long workspaceId, long orgId) {
        return members.members(workspaceId).stream()
                .filter(m -> m.email() != null && !m.email().isBlank())
                .filter(m -> stakeholders
                        .organisationOfUser(workspaceId, m.userId())
                        .map(o -> o == orgId)
                        .orElse(false))
                .toList();
    }

    public Call call(CurrentWorkspace ws, long id) {
        return repo.call(ws.id(), id).orElseThrow(() -> notFound("call"));
    }

    /** The organisation the user works for, if any. */
    public Optional<Long> organisationOf(CurrentWorkspace ws, AuthenticatedUser user) {
        return stakeholders.organisationOfUser(ws.id(), user.id());
    }

    /** Whether the reviewer is linked to one of the application's organisations (an automatic conflict). */
    public boolean linked(long workspaceId, long userId, long applicationId) {
        Optional<Long> org = stakeholders.organisationOfUser(workspaceId, userId);
        return org.isPresent() && repo.partners(applicationId).contains(org.get());
    }

    /** Whether the reviewer is excluded from the application: linked to an applicant, or a declared conflict. */
    public boolean conflicted(long workspaceId, long userId, long applicationId) {
        return linked(workspaceId, userId, applicationId)
                || repo.conflict(applicationId, userId)
                        .map(Domain.Conflict::conflict)
                        .orElse(false);
    }

    /** Whether the application's latest submitted version was eligible. */
    public boolean eligible(long applicationId) {
        List<Domain.Submission> s = repo.submissions(applicationId);
        return !s.isEmpty() && s.getLast().eligible();
    }

    public Role role(CurrentWorkspace ws, AuthenticatedUser user, Application a) {
        if (ws.can(Permission.MANAGE_PROGRAMME)) {
            return Role.PROGRAMME;
        }
        Optional<Long> org = organisationOf(ws, user);
        if (org.isPresent()
                && ws.can(Permission.CONTRIBUTE)
                && repo.partners(a.id()).contains(org.get())) {
            return Role.APPLICANT;
        }
        if (a.status() == Domain.Status.SUBMITTED
                && repo.reviewers(a.callId()).contains(user.id())
                && flow.isAssigned(a.id(), user.id())
                && eligible(a.id())
                && !conflicted(ws.id(), user.id(), a.id())) {
            return Role.REVIEWER;
        }
        return Role.NONE;
    }

    /** The application if the user may see it, else 404 (as if it did not exist). */
    public Application visible(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        Application a = repo.application(ws.id(), id).orElseThrow(() -> notFound("application"));
        if (role(ws, user, a) == Role.NONE) {
            throw notFound("application");
        }
        return a;
    }

    /** The application if the user works for its lead applicant (and may contribute), else 403 or 404. */
    public Application asLead(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.CONTRIBUTE);
        Application a = repo.application(ws.id(), id).orElseThrow(() -> notFound("application"));
        Optional<Long> org = organisationOf(ws, user);
        if (org.isEmpty() || org.get() != a.leadOrgId()) {
            if (role(ws, user, a) != Role.NONE) {
                throw new org.springframework.security.access.AccessDeniedException("Only the lead applicant");
            }
            throw notFound("application");
        }
        return a;
    }
}

package org.clusterworks.diagnostic.core;

import java.time.LocalDate;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and work on an initiative's diagnostic, with the initiatives module's rules: programme officers and
 * analysts see every initiative, a cluster manager the ones they manage, other users the ones their organisation is
 * an active member of; programme officers and the initiative's manager edit; members with CONTRIBUTE vote.
 */
@Component
public class InitiativeAccess {

    private final Initiatives initiatives;
    private final Stakeholders stakeholders;

    InitiativeAccess(Initiatives initiatives, Stakeholders stakeholders) {
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
    }

    public boolean canSee(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        if (ws.can(Permission.MANAGE_PROGRAMME) || ws.can(Permission.ANALYSE) || manages(user, i)) {
            return true;
        }
        return stakeholders
                .organisationOfUser(ws.id(), user.id())
                .map(org -> initiatives
                        .activeMembers(ws.id(), i.id(), LocalDate.now())
                        .contains(org))
                .orElse(false);
    }

    public boolean canEdit(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        return ws.can(Permission.MANAGE_PROGRAMME) || (ws.can(Permission.MANAGE_INITIATIVES) && manages(user, i));
    }

    /** Whether the user may vote on the SWOT board: anyone who sees it and may contribute. */
    public boolean canVote(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        return ws.can(Permission.CONTRIBUTE) && canSee(ws, user, i);
    }

    private static boolean manages(AuthenticatedUser user, InitiativeSummary i) {
        return i.managerUserId() != null && i.managerUserId() == user.id();
    }

    /** The initiative if the user may see it; 404 otherwise. */
    public InitiativeSummary visible(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.VIEW);
        InitiativeSummary i = initiatives.find(ws.id(), id).orElseThrow(() -> notFound(id));
        if (!canSee(ws, user, i)) {
            throw notFound(id);
        }
        return i;
    }

    /** The initiative if the user may edit its diagnostic: 403 without MANAGE_INITIATIVES or if not theirs. */
    public InitiativeSummary editable(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.MANAGE_INITIATIVES);
        InitiativeSummary i = visible(ws, user, id);
        if (!canEdit(ws, user, i)) {
            throw new AccessDeniedException("User " + user.username() + " does not manage initiative " + id);
        }
        return i;
    }

    /** The initiative if the user may vote on its SWOT board: 403 without CONTRIBUTE. */
    public InitiativeSummary votable(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.CONTRIBUTE);
        return visible(ws, user, id);
    }

    static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No initiative " + id);
    }
}

package org.clusterworks.planning.core;

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
 * Who sees and edits an initiative's plan, following the initiatives module's rule: the programme (and analysts)
 * see every initiative, the cluster manager sees and edits the one they manage, members see their organisation's
 * initiatives. A plan one may not see answers 404; editing without the permission answers 403.
 */
@Component
public class PlanningAccess {

    private final Initiatives initiatives;
    private final Stakeholders stakeholders;

    PlanningAccess(Initiatives initiatives, Stakeholders stakeholders) {
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
    }

    public static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
    }

    public boolean canSee(CurrentWorkspace ws, AuthenticatedUser user, InitiativeSummary i) {
        if (ws.can(Permission.MANAGE_PROGRAMME) || ws.can(Permission.ANALYSE)) {
            return true;
        }
        if (i.managerUserId() != null && i.managerUserId() == user.id()) {
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
        return ws.can(Permission.MANAGE_PROGRAMME)
                || (ws.can(Permission.MANAGE_INITIATIVES)
                        && i.managerUserId() != null
                        && i.managerUserId() == user.id());
    }

    /** The initiative if the user may see it, else 404. */
    public InitiativeSummary visible(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId) {
        ws.require(Permission.VIEW);
        InitiativeSummary i =
                initiatives.find(ws.id(), initiativeId).orElseThrow(() -> notFound("initiative " + initiativeId));
        if (!canSee(ws, user, i)) {
            throw notFound("initiative " + initiativeId);
        }
        return i;
    }

    /** The initiative if the user may edit its plan: 403 without the permission, 404 if unseen, 403 if not theirs. */
    public InitiativeSummary editable(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId) {
        ws.require(Permission.MANAGE_INITIATIVES);
        InitiativeSummary i = visible(ws, user, initiativeId);
        if (!canEdit(ws, user, i)) {
            throw new AccessDeniedException("User " + user.username() + " does not manage initiative " + initiativeId);
        }
        return i;
    }

    /** The initiative if the user may take part in it as a member (register people, comment): CONTRIBUTE. */
    public InitiativeSummary contributing(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId) {
        ws.require(Permission.CONTRIBUTE);
        return visible(ws, user, initiativeId);
    }
}

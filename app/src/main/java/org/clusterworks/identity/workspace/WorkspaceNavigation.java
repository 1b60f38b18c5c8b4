package org.clusterworks.identity.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.NavigationEntry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds the workspace navigation a page's user may see (entries filtered by the permission of the user's role). */
@Component
class WorkspaceNavigation implements HandlerInterceptor {

    private final List<NavigationEntry> entries;

    WorkspaceNavigation(List<NavigationEntry> all) {
        this.entries = all.stream()
                .filter(e -> e.scope() == NavigationEntry.Scope.WORKSPACE)
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || !(mav.getModel().get("currentWorkspace") instanceof CurrentWorkspace ws)) {
            return;
        }
        mav.addObject(
                "workspaceNav",
                entries.stream()
                        .filter(e -> e.permission() == null || ws.can(Permission.valueOf(e.permission())))
                        .toList());
    }
}

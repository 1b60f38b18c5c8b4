package org.clusterworks.identity.workspace;

import java.util.Map;
import java.util.function.Supplier;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.user.AccountPrincipal;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves {@link CurrentWorkspace} and {@link AuthenticatedUser} controller parameters. The workspace comes from the
 * {@code {workspace}} path variable; a user who is not a member gets 404, as if the workspace did not exist.
 */
@Component
public class CurrentWorkspaceResolver implements HandlerMethodArgumentResolver {

    /** The path variable every workspace-scoped route uses. */
    public static final String PATH_VARIABLE = "workspace";

    private final WorkspaceRepository workspaces;

    CurrentWorkspaceResolver(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == CurrentWorkspace.class || type == AuthenticatedUser.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        AuthenticatedUser user = currentUser();
        if (parameter.getParameterType() == AuthenticatedUser.class) {
            return user;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String slug = vars == null ? null : vars.get(PATH_VARIABLE);
        if (slug == null) {
            throw new IllegalStateException("CurrentWorkspace needs a {workspace} path variable");
        }
        CurrentWorkspace current = resolve(slug, user);
        if (mav != null) {
            mav.addAttribute("currentWorkspace", current);
        }
        return current;
    }

    /** Resolves a workspace for a user, or throws 404 when the user may not see it. */
    public CurrentWorkspace resolve(String slug, AuthenticatedUser user) {
        Supplier<ResponseStatusException> notFound =
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No workspace '" + slug + "'");
        Workspace ws = workspaces.findBySlug(slug).orElseThrow(notFound);
        WorkspaceRole role = workspaces.roleOf(ws.id(), user.id()).orElse(null);
        if (role == null && user.platformAdmin()) {
            role = WorkspaceRole.ADMIN;
        }
        if (role == null) {
            throw notFound.get();
        }
        return new CurrentWorkspace(ws.id(), ws.slug(), ws.name(), role);
    }

    static AuthenticatedUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.user();
        }
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Not signed in");
    }
}

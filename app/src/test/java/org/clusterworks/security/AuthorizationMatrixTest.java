package org.clusterworks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.TokenScope;
import org.clusterworks.identity.user.UserRepository;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, read from Spring MVC's handler mapping, checked for every workspace role (one
 * user per role in a workspace of its own, {@link #OWN}): a workspace route answers 404 for a workspace the user does
 * not belong to and follows {@link #EXPECTATIONS} in the user's own workspace; every other route is {@link #PUBLIC},
 * {@link #PLATFORM_ADMIN_ONLY} or needs a signed-in user. A new route fails this test until its expectation is added
 * here.
 */
@WebTest
class AuthorizationMatrixTest {

    /**
     * The expectation for every route under a workspace, keyed by {@code METHOD path}. Allowed statuses: 200 for
     * pages and API reads, 302 for a page form that redirects; the test fills path variables from {@link
     * #PATH_VALUES} and sends {@link #PARAMS}, so a status such as 404 for a made-up id means "got past the
     * permission check".
     */
    /**
     * The expectation for every route under a workspace, keyed by {@code METHOD path}, gathered from the {@link
     * ModuleRoutes} in package {@code org.clusterworks.security.routes} (one class per module). Allowed statuses: 200
     * for pages and API reads, 302 for a page form that redirects; the test fills path variables from {@link
     * #PATH_VALUES} and sends {@link #PARAMS}, so a status such as 404 for a made-up id means "got past the
     * permission check".
     */
    static final Map<String, RouteExpectation> EXPECTATIONS = ModuleRoutes.all();

    /** Routes outside workspaces that anyone may open without signing in. */
    static final Set<String> PUBLIC = Set.of(
            "GET /login",
            "GET /invitations/{token}",
            "POST /invitations/{token}",
            "GET /error",
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html",
            "GET /verify/{code}",
            "GET /api/v1/learning/certificates/{code}",
            "GET /respond/{token}",
            "POST /respond/{token}",
            "GET /respond/open/{token}",
            "GET /events/public",
            "GET /events/public/{eventId}",
            "POST /events/public/{eventId}",
            "GET /observatory",
            "GET /observatory/export",
            "GET /observatory/programmes/{id}",
            "GET /observatory/compare",
            "GET /observatory/questionnaire",
            "GET /observatory/questionnaire/export",
            "GET /observatory/countries",
            "GET /observatory/countries/{code}",
            "GET /observatory/countries/{code}/fiche.pdf",
            "GET /observatory/statistics",
            "GET /observatory/statistics/export",
            "GET /api/v1/observatory/programmes",
            "GET /api/v1/observatory/programmes/{id}",
            "GET /api/v1/observatory/statistics/{dimension}",
            "GET /api/v1/observatory/waves");

    /** Routes outside workspaces only the platform administrator may use. */
    static final Set<String> PLATFORM_ADMIN_ONLY =
            Set.of("POST /admin/workspaces", "GET /admin/backups", "POST /admin/backups", "GET /admin/backups/{name}");

    /** Plausible values for path variables: (user name, workspace slug) to value; any other {@code {...Id}} is 987654321. */
    static final Map<String, BiFunction<AuthorizationMatrixTest, String[], String>> PATH_VALUES = Map.ofEntries(
            Map.entry("workspace", (t, userAndWorkspace) -> userAndWorkspace[1]),
            Map.entry("userId", (t, userAndWorkspace) -> Long.toString(t.userId(userAndWorkspace[0]))),
            Map.entry("id", (t, userAndWorkspace) -> "987654321"),
            Map.entry("token", (t, userAndWorkspace) -> "no-such-invitation-token"),
            Map.entry("scheme", (t, userAndWorkspace) -> "nace-rev2"),
            Map.entry("code", (t, userAndWorkspace) -> "62.01"),
            Map.entry("version", (t, userAndWorkspace) -> "1"),
            Map.entry("course", (t, userAndWorkspace) -> "cluster-development"),
            Map.entry("module", (t, userAndWorkspace) -> "1"),
            Map.entry("stem", (t, userAndWorkspace) -> "01-intro"),
            Map.entry("exercise", (t, userAndWorkspace) -> "1"),
            Map.entry("name", (t, userAndWorkspace) -> "clusterworks-20260101-000000.sql.zip"),
            Map.entry("position", (t, userAndWorkspace) -> "0"),
            Map.entry("dimension", (t, userAndWorkspace) -> "objectives"));

    /** Request parameters sent with a route (harmless values: an admin "changes" their own role to ADMIN). */
    static final Map<String, Map<String, String>> PARAMS = Map.of(
            "POST /w/{workspace}/members/{userId}/role", Map.of("role", "ADMIN"),
            "POST /w/{workspace}/invitations", Map.of("email", "matrix@example.org", "role", "VIEWER"),
            "POST /admin/workspaces", Map.of("slug", "x", "name", ""));

    /**
     * The workspace the matrix users belong to: created by the test so that forms sent by allowed roles never change
     * the demo data other tests read.
     */
    static final String OWN = "matrix-own";

    /** One user per role in {@link #OWN} (none of them platform admin), and the user of another agency. */
    static final Map<String, String[]> USERS = new LinkedHashMap<>();

    static {
        for (WorkspaceRole role : WorkspaceRole.values()) {
            USERS.put(matrixUser(role), new String[] {OWN, "other-agency"});
        }
        USERS.put("other", new String[] {null, "demo"});
    }

    private static String matrixUser(WorkspaceRole role) {
        return "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Texts that only appear when a workspace's data is shown (its name, a member's name). */
    static final Map<String, List<String>> DATA_OF = Map.of(
            "demo",
            List.of("Demo cluster programme", "Claire Dubois"),
            "other-agency",
            List.of("Other agency (demo)", "Hassan Ali"),
            OWN,
            List.of("Authorization matrix workspace"));

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    UserRepository users;

    @Autowired
    WorkspaceRepository workspaces;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final Map<String, String> tokens = new TreeMap<>();

    /** Creates {@link #OWN} and its users on first use (the context, and so its database, is shared). */
    @org.junit.jupiter.api.BeforeEach
    synchronized void createMatrixWorkspace() {
        if (workspaces.findBySlug(OWN).isPresent()) {
            return;
        }
        long ws = workspaces.create(OWN, "Authorization matrix workspace", "");
        for (WorkspaceRole role : WorkspaceRole.values()) {
            long id = users.create(matrixUser(role), "Matrix " + role, null, "{noop}not-used-to-sign-in", false);
            workspaces.addMember(ws, id, role);
        }
    }

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private synchronized String tokenOf(String username) {
        return tokens.computeIfAbsent(
                username, u -> apiTokens.create(userId(u), "authorization matrix", TokenScope.WRITE));
    }

    /** Every {@code METHOD path} the application maps (a mapping without methods counts as GET). */
    Set<String> routes() {
        return handlers().keySet();
    }

    /** Every route with the controller method that serves it. */
    Map<String, HandlerMethod> handlers() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put("GET " + path, handler);
                } else {
                    methods.forEach(m -> routes.put(m.name() + " " + path, handler));
                }
            }
        });
        return routes;
    }

    Set<String> workspaceRoutes() {
        Set<String> r = new TreeSet<>(routes());
        r.removeIf(route -> !route.contains("{workspace}"));
        return r;
    }

    private static String method(String route) {
        return route.substring(0, route.indexOf(' '));
    }

    private static String path(String route) {
        return route.substring(route.indexOf(' ') + 1);
    }

    private static boolean isApi(String route) {
        return path(route).startsWith("/api/");
    }

    private String expand(String route, String username, String workspace) {
        Matcher m = VARIABLE.matcher(path(route));
        var out = new StringBuilder();
        while (m.find()) {
            var value = PATH_VALUES.getOrDefault(
                    m.group(1), m.group(1).endsWith("Id") ? (t, userAndWorkspace) -> "987654321" : null);
            assertThat(value)
                    .as(
                            "Route %s has path variable {%s}: add a plausible value to PATH_VALUES in %s",
                            route, m.group(1), getClass().getSimpleName())
                    .isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(this, new String[] {username, workspace})));
        }
        m.appendTail(out);
        assertThat(out.toString())
                .as("route %s: wildcards need a sample path", route)
                .doesNotContain("*");
        return out.toString();
    }

    /**
     * A request for a route with what its controller method cannot do without, so that a refusal comes from the
     * permission check and not from a missing parameter: {@link #PARAMS}, else a plausible value for every required
     * request parameter, and a small file for every multipart part.
     */
    private AbstractMockHttpServletRequestBuilder<?> request(String route, String uri) {
        HttpMethod method = HttpMethod.valueOf(method(route));
        HandlerMethod handler = handlers().get(route);
        List<MethodParameter> parts = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (p.getParameterType() == MultipartFile.class || p.hasParameterAnnotation(RequestPart.class)) {
                parts.add(p);
            } else if (rp != null
                    && rp.required()
                    && ValueConstants.DEFAULT_NONE.equals(rp.defaultValue())
                    && !Map.class.isAssignableFrom(p.getParameterType())) {
                String name = rp.name().isEmpty() ? p.getParameterName() : rp.name();
                Class<?> type = p.nestedIfOptional().getNestedParameterType();
                params.put(
                        name,
                        Number.class.isAssignableFrom(
                                        org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))
                                ? "2020"
                                : type == boolean.class || type == Boolean.class ? "false" : "matrix");
            }
        }
        params.putAll(PARAMS.getOrDefault(route, Map.of()));
        AbstractMockHttpServletRequestBuilder<?> b;
        if (parts.isEmpty()) {
            b = MockMvcRequestBuilders.request(method, uri);
        } else {
            var multipart = MockMvcRequestBuilders.multipart(method, uri);
            for (MethodParameter p : parts) {
                RequestPart rp = p.getParameterAnnotation(RequestPart.class);
                RequestParam rq = p.getParameterAnnotation(RequestParam.class);
                String name = rp != null && !rp.name().isEmpty()
                        ? rp.name()
                        : rq != null && !rq.name().isEmpty() ? rq.name() : p.getParameterName();
                multipart.file(
                        p.getParameterType() == MultipartFile.class
                                ? new MockMultipartFile(name, "matrix.csv", "text/csv", "region,year\n".getBytes())
                                : new MockMultipartFile(name, "", "application/json", "{}".getBytes()));
            }
            b = multipart;
        }
        params.forEach(b::param);
        return b;
    }

    /** Sends a route as a signed-in user: pages with the session user and a CSRF token, the API with a token. */
    private MockHttpServletResponse send(String route, String username, String workspace) throws Exception {
        var b = request(route, expand(route, username, workspace));
        if (isApi(route)) {
            b.header("Authorization", "Bearer " + tokenOf(username));
        } else {
            b.with(demoUsers.as(username)).with(csrf());
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private static String describe(String route, String username, String workspace, MockHttpServletResponse r) {
        return route + " as " + username + " in " + workspace + " -> " + r.getStatus()
                + (r.getRedirectedUrl() == null ? "" : " " + r.getRedirectedUrl());
    }

    @Test
    void everyWorkspaceRouteHasAnExpectation() {
        Set<String> missing = new TreeSet<>(workspaceRoutes());
        missing.removeAll(EXPECTATIONS.keySet());
        assertThat(missing)
                .as(
                        "Workspace routes without an expectation: add each to its module's class in org.clusterworks.security.routes with"
                                + " the permission it needs (and any path variable to PATH_VALUES, parameters to PARAMS)")
                .isEmpty();
        Set<String> stale = new TreeSet<>(EXPECTATIONS.keySet());
        stale.removeAll(workspaceRoutes());
        assertThat(stale).as("expectations for routes that no longer exist").isEmpty();
    }

    @Test
    void foreignWorkspaceRoutesAnswer404ForEveryRole() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String route : workspaceRoutes()) {
            for (var user : USERS.entrySet()) {
                String foreign = user.getValue()[1];
                var r = send(route, user.getKey(), foreign);
                String body = r.getContentAsString();
                if (r.getStatus() != 404) {
                    problems.add(describe(route, user.getKey(), foreign, r) + " (expected 404)");
                }
                // JSON data endpoints behind pages (a map's .json) answer errors as problem+json, like the API.
                if (!isApi(route)
                        && !path(route).endsWith(".json")
                        && r.getContentType() != null
                        && r.getContentType().contains("json")) {
                    problems.add(describe(route, user.getKey(), foreign, r) + " answers a page with "
                            + r.getContentType() + " instead of the error page");
                }
                DATA_OF.get(foreign).stream()
                        .filter(body::contains)
                        .forEach(leak ->
                                problems.add(describe(route, user.getKey(), foreign, r) + " shows '" + leak + "'"));
            }
        }
        assertThat(problems)
                .as("foreign workspaces must look like they do not exist")
                .isEmpty();
    }

    @Test
    void foreignWorkspaceAnswersExactlyLikeOneThatDoesNotExist() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String route : workspaceRoutes()) {
            if (!method(route).equals("GET")) {
                continue;
            }
            var foreign = send(route, "analyst", "other-agency");
            var missing = send(route, "analyst", "no-such-agency");
            String foreignBody = foreign.getContentAsString().replace("other-agency", "SLUG");
            String missingBody = missing.getContentAsString().replace("no-such-agency", "SLUG");
            if (foreign.getStatus() != missing.getStatus() || !foreignBody.equals(missingBody)) {
                problems.add(route + ": " + foreign.getStatus() + " " + foreignBody + " vs " + missing.getStatus() + " "
                        + missingBody);
            }
        }
        assertThat(problems)
                .as("a stranger must not learn that a workspace exists")
                .isEmpty();
    }

    @Test
    void ownWorkspaceRoutesFollowTheExpectationTable() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String route : workspaceRoutes()) {
            RouteExpectation expect = EXPECTATIONS.get(route);
            if (expect == null) {
                continue; // reported by everyWorkspaceRouteHasAnExpectation
            }
            for (var user : USERS.entrySet()) {
                String own = user.getValue()[0];
                if (own == null) {
                    continue;
                }
                WorkspaceRole role = workspaces
                        .roleOf(workspaces.findBySlug(own).orElseThrow().id(), userId(user.getKey()))
                        .orElseThrow();
                boolean permitted = expect.permits(role);
                var r = send(route, user.getKey(), own);
                if (permitted ? !expect.allowedBy(r.getStatus()) : r.getStatus() != 403) {
                    problems.add(describe(route, user.getKey() + " (" + role + ")", own, r) + ", expected "
                            + (!permitted
                                    ? "403"
                                    : expect.allowedStatus() == RouteExpectation.PASSES
                                            ? "it to pass"
                                            : expect.allowedStatus()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void platformAdministratorActsAsAdminInEveryWorkspace() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String route : workspaceRoutes()) {
            RouteExpectation expect = EXPECTATIONS.get(route);
            if (expect == null || !method(route).equals("GET")) {
                continue;
            }
            var r = send(route, "admin", OWN);
            if (!expect.allowedBy(r.getStatus())) {
                problems.add(describe(route, "admin", OWN, r));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anonymousRequestsAreSentToLoginOrAnswer401() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String route : routes()) {
            if (PUBLIC.contains(route)) {
                continue;
            }
            var r = mvc.perform(request(route, expand(route, "admin", "demo")).with(csrf()))
                    .andReturn()
                    .getResponse();
            boolean ok = isApi(route)
                    ? r.getStatus() == 401
                    : r.getStatus() == 302
                            && r.getRedirectedUrl() != null
                            && r.getRedirectedUrl().endsWith("/login");
            if (!ok) {
                problems.add(describe(route, "anonymous", "demo", r)
                        + (isApi(route) ? ", expected 401" : ", expected a redirect to /login")
                        + " (or list the route in PUBLIC)");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void publicRoutesOpenWithoutSigningIn() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> stale = new TreeSet<>(PUBLIC);
        stale.removeAll(routes());
        assertThat(stale).as("PUBLIC lists routes that no longer exist").isEmpty();
        for (String route : PUBLIC) {
            var r = mvc.perform(request(route, expand(route, "admin", "demo")).with(csrf()))
                    .andReturn()
                    .getResponse();
            String location = r.getRedirectedUrl();
            if (r.getStatus() == 401 || r.getStatus() == 403 || (location != null && location.endsWith("/login"))) {
                problems.add(describe(route, "anonymous", "-", r));
            }
        }
        assertThat(problems).as("public routes must not ask for a sign-in").isEmpty();
    }

    @Test
    void platformAdminRoutesAreForbiddenToEveryoneElse() throws Exception {
        List<String> problems = new ArrayList<>();
        assertThat(routes()).containsAll(PLATFORM_ADMIN_ONLY);
        for (String route : routes()) {
            if (!path(route).startsWith("/admin/") && !PLATFORM_ADMIN_ONLY.contains(route)) {
                continue;
            }
            assertThat(PLATFORM_ADMIN_ONLY).as("route %s under /admin", route).contains(route);
            for (String user :
                    Stream.concat(Stream.of("admin"), USERS.keySet().stream()).toList()) {
                var r = send(route, user, OWN);
                boolean allowed = r.getStatus() != 403;
                if (allowed != user.equals("admin")) {
                    problems.add(describe(route, user, "-", r));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void stateChangingPageRequestWithoutCsrfTokenIsForbidden() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String route : routes()) {
            if (Set.of("GET", "HEAD", "OPTIONS").contains(method(route)) || isApi(route)) {
                continue;
            }
            var r = mvc.perform(request(route, expand(route, "admin", "demo")).with(demoUsers.as("admin")))
                    .andReturn()
                    .getResponse();
            if (r.getStatus() != 403) {
                problems.add(describe(route, "admin without CSRF token", "demo", r));
            }
        }
        assertThat(problems).isEmpty();
    }
}

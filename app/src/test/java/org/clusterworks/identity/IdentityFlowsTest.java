package org.clusterworks.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class IdentityFlowsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginPageListsDemoAccountsInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Demo accounts")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<code>analyst</code>")));
    }

    @Test
    void demoUserSignsInWithPasswordDemo() throws Exception {
        mvc.perform(formLogin("/login").user("viewer").password("demo"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("viewer"));
        mvc.perform(formLogin("/login").user("viewer").password("wrong"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        var hashes = jdbc.sql("select password_hash from app_user")
                .query(String.class)
                .list();
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2"));
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/w/demo")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/profile/tokens").param("name", "x").with(users.as("analyst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void memberOfOneWorkspaceGets404ForAnother() throws Exception {
        mvc.perform(get("/w/other-agency").with(users.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/w/other-agency/members").with(users.as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/w/demo").with(users.as("other"))).andExpect(status().isNotFound());
        mvc.perform(get("/w/no-such-workspace").with(users.as("other"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsSeeTheAuditTrail() throws Exception {
        mvc.perform(get("/w/demo/audit").with(users.as("admin"))).andExpect(status().isOk());
        for (String role : new String[] {"officer", "analyst", "manager", "member", "learner", "viewer"}) {
            mvc.perform(get("/w/demo/audit").with(users.as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void nonAdminCannotChangeRoles() throws Exception {
        long viewerId = userId("viewer");
        mvc.perform(post("/w/demo/members/{id}/role", viewerId)
                        .param("role", "ADMIN")
                        .with(csrf())
                        .with(users.as("officer")))
                .andExpect(status().isForbidden());
        assertThat(role("viewer")).isEqualTo("VIEWER");
    }

    @Test
    void adminChangesARoleAndTheAuditTrailRecordsIt() throws Exception {
        long learnerId = userId("learner");
        mvc.perform(post("/w/demo/members/{id}/role", learnerId)
                        .param("role", "MEMBER")
                        .with(csrf())
                        .with(users.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(role("learner")).isEqualTo("MEMBER");
        mvc.perform(get("/w/demo/audit").with(users.as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Role LEARNER -&gt; MEMBER")));
        mvc.perform(post("/w/demo/members/{id}/role", learnerId)
                .param("role", "LEARNER")
                .with(csrf())
                .with(users.as("admin")));
    }

    @Test
    void theLastAdminCannotBeDemoted() throws Exception {
        long otherId = userId("other");
        mvc.perform(post("/w/other-agency/members/{id}/role", otherId)
                        .param("role", "VIEWER")
                        .with(csrf())
                        .with(users.as("other")))
                .andExpect(flash().attribute("error", "members.last-admin"));
        assertThat(jdbc.sql("select role from workspace_member where user_id = :u")
                        .param("u", otherId)
                        .query(String.class)
                        .single())
                .isEqualTo("ADMIN");
    }

    @Test
    void apiMeReturnsTheTokenOwnersWorkspacesAndRoles() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("analyst"))
                .andExpect(jsonPath("$.workspaces[0].slug").value("demo"))
                .andExpect(jsonPath("$.workspaces[0].role").value("ANALYST"));
    }

    @Test
    void apiRefusesMissingOrUnknownTokensAndForeignWorkspaces() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cw_not_a_token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/workspaces/other-agency/members")
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void apiTokensAreStoredHashedScopedAndRevocable() throws Exception {
        var result = mvc.perform(post("/profile/tokens")
                        .param("name", "script")
                        .param("scope", "READ")
                        .with(csrf())
                        .with(users.as("viewer")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String secret = (String) result.getFlashMap().get("newToken");
        assertThat(secret).startsWith("cw_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s or token_prefix = :s")
                        .param("s", secret)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(jsonPath("$.username").value("viewer"));
        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());

        long id = jdbc.sql("select id from api_token where name = 'script'")
                .query(Long.class)
                .single();
        mvc.perform(post("/profile/tokens/{id}/revoke", id).with(csrf()).with(users.as("analyst")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/profile/tokens/{id}/revoke", id).with(csrf()).with(users.as("viewer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invitationLinkLetsANewPersonJoinWithTheInvitedRole() throws Exception {
        var result = mvc.perform(post("/w/demo/invitations")
                        .param("email", "new.person@example.org")
                        .param("role", "CLUSTER_MANAGER")
                        .with(csrf())
                        .with(users.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String link = (String) result.getFlashMap().get("inviteLink");
        String path = link.substring(link.indexOf("/invitations/"));

        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path)
                        .param("username", "newperson")
                        .param("displayName", "New Person")
                        .param("password", "short")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 10 characters")));
        mvc.perform(post(path)
                        .param("username", "newperson")
                        .param("displayName", "New Person")
                        .param("password", "a long enough password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?joined"));

        assertThat(role("newperson")).isEqualTo("CLUSTER_MANAGER");
        mvc.perform(formLogin("/login").user("newperson").password("a long enough password"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void nonAdminCannotInvite() throws Exception {
        mvc.perform(post("/w/demo/invitations")
                        .param("email", "x@example.org")
                        .param("role", "ADMIN")
                        .with(csrf())
                        .with(users.as("manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("ClusterWorks API"))
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/workspaces/{workspace}/members'].get.parameters[0].name")
                        .value("workspace"))
                .andExpect(jsonPath("$.components.schemas.CurrentWorkspace").doesNotExist());
    }

    @Test
    void healthEndpointIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void pagesSwitchToSwahiliAndFrench() throws Exception {
        mvc.perform(get("/login").param("lang", "sw"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ingia")));
        mvc.perform(get("/login").param("lang", "fr"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Connexion")));
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private String role(String username) {
        return jdbc.sql("select m.role from workspace_member m join app_user u on u.id = m.user_id"
                        + " join workspace w on w.id = m.workspace_id where u.username = :u and w.slug = 'demo'")
                .param("u", username)
                .query(String.class)
                .single();
    }
}

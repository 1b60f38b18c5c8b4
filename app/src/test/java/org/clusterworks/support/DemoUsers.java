package org.clusterworks.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.TokenScope;
import org.clusterworks.identity.user.AccountPrincipal;
import org.clusterworks.identity.user.UserRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs MockMvc requests in as one of the demo users (seeded on a fresh test database): {@code admin}, {@code
 * officer}, {@code analyst}, {@code manager}, {@code member}, {@code learner}, {@code viewer} in workspace {@code
 * demo}, and {@code other} in workspace {@code other-agency}. Import it with {@code @Import(DemoUsers.class)}.
 */
@TestComponent
public class DemoUsers {

    /** The demo analyst's API token in tests (the default of {@code clusterworks.demo.api-token}). */
    public static final String ANALYST_TOKEN = "cw_demo_analyst_token";

    private final UserRepository users;
    private final ApiTokens tokens;

    DemoUsers(UserRepository users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** A request post-processor that authenticates the request as {@code username}. */
    public RequestPostProcessor as(String username) {
        var account = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        return user(new AccountPrincipal(account, false));
    }

    /** A request post-processor that sends a new write-scoped API token of {@code username}, as API clients do. */
    public RequestPostProcessor bearer(String username) {
        var account = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        String secret = tokens.create(account.id(), "test token", TokenScope.WRITE);
        return r -> {
            r.addHeader("Authorization", "Bearer " + secret);
            return r;
        };
    }
}

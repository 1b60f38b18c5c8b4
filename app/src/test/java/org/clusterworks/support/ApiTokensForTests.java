package org.clusterworks.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.TokenScope;
import org.clusterworks.identity.user.UserRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bearer tokens with write scope for demo users, created once per context. Import with {@code @Import}. */
@TestComponent
public class ApiTokensForTests {

    private final ApiTokens tokens;
    private final UserRepository users;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    ApiTokensForTests(ApiTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** Authenticates an API request as {@code username} with a write-scoped token. */
    public RequestPostProcessor bearer(String username) {
        String secret = secrets.computeIfAbsent(
                username,
                u -> tokens.create(users.findByUsername(u).orElseThrow().id(), "test token " + u, TokenScope.WRITE));
        return request -> {
            request.addHeader("Authorization", "Bearer " + secret);
            return request;
        };
    }
}

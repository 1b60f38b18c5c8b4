package org.clusterworks.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.identity.user.AccountPrincipal;
import org.clusterworks.identity.user.UserAccount;
import org.clusterworks.identity.user.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>}; the token's scope becomes the authority
 * {@code SCOPE_READ} or {@code SCOPE_WRITE}. A bad token gets 401 straight away.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserRepository users;

    public BearerTokenFilter(ApiTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var owner = tokens.authenticate(header.substring(7).trim());
        var account = owner.flatMap(o -> users.findById(o.userId())).filter(UserAccount::enabled);
        if (owner.isEmpty() || account.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid or revoked API token");
            return;
        }
        TokenScope scope = owner.get().scope();
        var principal = new AccountPrincipal(account.get(), false);
        principal.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("SCOPE_READ"));
        if (scope == TokenScope.WRITE) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_WRITE"));
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

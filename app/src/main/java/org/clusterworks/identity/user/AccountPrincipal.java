package org.clusterworks.identity.user;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.clusterworks.identity.AuthenticatedUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a signed-in user; the password hash is erased after login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AuthenticatedUser user;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public AccountPrincipal(UserAccount account, boolean locked) {
        this.user =
                new AuthenticatedUser(account.id(), account.username(), account.displayName(), account.platformAdmin());
        this.enabled = account.enabled();
        this.locked = locked;
        this.passwordHash = account.passwordHash();
    }

    public AuthenticatedUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.platformAdmin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal p && p.user.id() == user.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.id());
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + user.username() + "]";
    }
}

package org.clusterworks.identity.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login, locking those with too many recent failed attempts. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;

    AccountDetailsService(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(account -> new AccountPrincipal(account, throttle.isLocked(account.username())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}

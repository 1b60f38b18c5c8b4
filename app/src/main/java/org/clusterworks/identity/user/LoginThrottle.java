package org.clusterworks.identity.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for {@link #LOCK} after {@link #MAX_FAILURES} failed logins within that window, so passwords
 * cannot be guessed at speed; a successful login clears the count.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count >= MAX_FAILURES && f.last.plus(LOCK).isAfter(clock.instant());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        failures.compute(
                key(event.getAuthentication().getName()),
                (k, f) -> f == null || f.last.plus(LOCK).isBefore(now)
                        ? new Failures(1, now)
                        : new Failures(f.count + 1, now));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {}
}

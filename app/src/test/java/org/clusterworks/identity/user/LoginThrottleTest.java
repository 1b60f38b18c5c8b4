package org.clusterworks.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresLockTheUserNameForFifteenMinutes() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            fail("Analyst");
        }
        assertThat(throttle.isLocked("analyst")).isFalse();
        fail("analyst");
        assertThat(throttle.isLocked("ANALYST")).isTrue();
        assertThat(throttle.isLocked("viewer")).isFalse();
        now = now.plus(LoginThrottle.LOCK).plus(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("analyst")).isFalse();
    }

    @Test
    void successfulLoginClearsTheCount() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            fail("viewer");
        }
        throttle.onSuccess(new AuthenticationSuccessEvent(auth("viewer")));
        fail("viewer");
        assertThat(throttle.isLocked("viewer")).isFalse();
    }

    private void fail(String user) {
        throttle.onFailure(
                new AuthenticationFailureBadCredentialsEvent(auth(user), new BadCredentialsException("bad")));
    }

    private static UsernamePasswordAuthenticationToken auth(String user) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, "x");
    }
}

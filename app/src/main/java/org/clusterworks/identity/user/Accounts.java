package org.clusterworks.identity.user;

import java.util.regex.Pattern;
import org.clusterworks.identity.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes passwords, enforcing the user-name and password rules. */
@Service
public class Accounts {

    /** Minimum length of a new password (NIST SP 800-63B asks for at least 8). */
    public static final int MIN_PASSWORD = 10;

    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,49}");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    Accounts(UserRepository users, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
    }

    /** Returns the message key of what is wrong with a new password, or {@code null} when it is acceptable. */
    public static String passwordProblem(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return "password.too-short";
        }
        if (password.length() > MAX_PASSWORD) {
            return "password.too-long";
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return "password.same-as-username";
        }
        return null;
    }

    /** Returns the message key of what is wrong with a user name, or {@code null} when it is acceptable. */
    public String usernameProblem(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return "username.invalid";
        }
        if (users.findByUsername(username).isPresent()) {
            return "username.taken";
        }
        return null;
    }

    @Transactional
    public long create(String username, String displayName, String email, String password) {
        long id = users.create(username, displayName, email, encoder.encode(password), false);
        events.publishEvent(
                new AuditEvent(null, AuditEvent.Action.CREATED, "user", Long.toString(id), "User " + username));
        return id;
    }

    /** Changes the password after checking the current one; returns a message key of the problem, or null. */
    @Transactional
    public String changePassword(long userId, String current, String replacement) {
        UserAccount account = users.findById(userId).orElseThrow();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            return "password.current-wrong";
        }
        String problem = passwordProblem(replacement, account.username());
        if (problem != null) {
            return problem;
        }
        users.changePassword(userId, encoder.encode(replacement));
        events.publishEvent(
                new AuditEvent(null, AuditEvent.Action.CHANGED, "user", Long.toString(userId), "Password changed"));
        return null;
    }
}

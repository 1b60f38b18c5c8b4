package org.clusterworks.identity.token;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits shown once at creation, stored only as their SHA-256 hash, scoped and
 * revocable.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cw_";

    private final JdbcClient jdbc;
    private final java.util.Map<String, OffsetDateTime> lastRecorded = new java.util.concurrent.ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Creates a token and returns its secret value, which is not stored and cannot be shown again. */
    @Transactional
    public String create(long userId, String name, TokenScope scope) {
        String secret = PREFIX + Secrets.random(32);
        store(userId, name, scope, secret);
        return secret;
    }

    /** Stores a token with a value chosen by the caller (only the demo set-up does this). */
    @Transactional
    public void store(long userId, String name, TokenScope scope, String secret) {
        jdbc.sql("insert into api_token (user_id, name, token_hash, token_prefix, scope, created_at)"
                        + " values (:u, :n, :h, :p, :s, :t)")
                .param("u", userId)
                .param("n", name)
                .param("h", Secrets.sha256(secret))
                .param("p", secret.substring(0, Math.min(10, secret.length())))
                .param("s", scope.name())
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        events.publishEvent(
                new AuditEvent(null, AuditEvent.Action.CREATED, "api-token", name, "API token '" + name + "'"));
    }

    public List<ApiToken> listFor(long userId) {
        return jdbc.sql("select id, name, token_prefix, scope, created_at, last_used_at, revoked_at from api_token"
                        + " where user_id = :u order by created_at desc")
                .param("u", userId)
                .query(Rows.of(ApiToken.class))
                .list();
    }

    /** Revokes one of the user's own tokens; returns whether there was such an active token. */
    @Transactional
    public boolean revoke(long userId, long tokenId) {
        int n = jdbc.sql("update api_token set revoked_at = :t where id = :id and user_id = :u and revoked_at is null")
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", tokenId)
                .param("u", userId)
                .update();
        if (n > 0) {
            events.publishEvent(new AuditEvent(
                    null, AuditEvent.Action.DELETED, "api-token", Long.toString(tokenId), "API token revoked"));
        }
        return n > 0;
    }

    /** Deletes every token of the user with this name (only the demo set-up does this, to replace its token). */
    @Transactional
    public void deleteByName(long userId, String name) {
        jdbc.sql("delete from api_token where user_id = :u and name = :n")
                .param("u", userId)
                .param("n", name)
                .update();
    }

    /**
     * Finds the owner and scope of an active token, recording its use to the minute: a token used many times a second
     * is written at most once a minute, so that API reads do not each become a write.
     */
    @Transactional
    public Optional<TokenOwner> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String h = Secrets.sha256(secret);
        Optional<TokenOwner> owner = jdbc.sql("select user_id, scope from api_token where token_hash = :h"
                        + " and revoked_at is null and (expires_at is null or expires_at > :now)")
                .param("h", h)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .query((rs, i) -> new TokenOwner(rs.getLong(1), TokenScope.valueOf(rs.getString(2))))
                .optional();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (owner.isPresent()
                && now.isAfter(lastRecorded.getOrDefault(h, OffsetDateTime.MIN).plusMinutes(1))) {
            lastRecorded.put(h, now);
            jdbc.sql("update api_token set last_used_at = :now where token_hash = :h")
                    .param("now", now)
                    .param("h", h)
                    .update();
        }
        return owner;
    }

    /** Who a token belongs to and what it may do. */
    public record TokenOwner(long userId, TokenScope scope) {}
}

package org.clusterworks.identity.token;

import java.time.OffsetDateTime;

/** A personal API token as listed to its owner: never the secret, only its first characters. */
public record ApiToken(
        long id,
        String name,
        String tokenPrefix,
        TokenScope scope,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}

package org.clusterworks.identity.user;

import java.time.OffsetDateTime;

/** A stored user account (the password only as its hash). */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        String passwordHash,
        boolean platformAdmin,
        boolean enabled,
        OffsetDateTime createdAt) {}

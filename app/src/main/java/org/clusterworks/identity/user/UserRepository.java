package org.clusterworks.identity.user;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes user accounts. */
@Repository
public class UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, email, password_hash, platform_admin, enabled, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:u)")
                .param("u", username)
                .query(Rows.of(UserAccount.class))
                .optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id)
                .query(Rows.of(UserAccount.class))
                .optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    public long create(String username, String displayName, String email, String passwordHash, boolean platformAdmin) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into app_user (username, display_name, email, password_hash, platform_admin, enabled,"
                        + " created_at, password_changed_at) values (:u, :d, :e, :p, :a, true, :now, :now)")
                .param("u", username)
                .param("d", displayName)
                .param("e", email)
                .param("p", passwordHash)
                .param("a", platformAdmin)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void changePassword(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :p, password_changed_at = :now where id = :id")
                .param("p", passwordHash)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", userId)
                .update();
    }
}

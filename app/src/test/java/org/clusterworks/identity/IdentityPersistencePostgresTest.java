package org.clusterworks.identity;

import org.clusterworks.support.PostgresTest;

/** The identity persistence contract on PostgreSQL (embedded, one server per test JVM). */
@PostgresTest
class IdentityPersistencePostgresTest extends IdentityPersistenceContract {

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}

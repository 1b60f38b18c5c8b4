package org.clusterworks.observatory;

import org.clusterworks.support.PostgresTest;

/** {@link ObservatoryPersistenceContract} on PostgreSQL 18 (embedded), seeded by the same importer. */
@PostgresTest
class ObservatoryPersistencePostgresTest extends ObservatoryPersistenceContract {}

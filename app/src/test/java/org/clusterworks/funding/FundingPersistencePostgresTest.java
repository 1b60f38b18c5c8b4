package org.clusterworks.funding;

import org.clusterworks.support.PostgresTest;

/** The funding repository on PostgreSQL (embedded server). */
@PostgresTest
class FundingPersistencePostgresTest extends FundingPersistenceContract {}

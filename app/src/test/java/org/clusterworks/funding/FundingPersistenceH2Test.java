package org.clusterworks.funding;

import org.clusterworks.support.WebTest;

/** The funding repository on H2 (PostgreSQL mode). */
@WebTest
class FundingPersistenceH2Test extends FundingPersistenceContract {}

package org.clusterworks.identity;

import org.clusterworks.support.WebTest;

/** The identity persistence contract on the default embedded H2 database. */
@WebTest
class IdentityPersistenceH2Test extends IdentityPersistenceContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}

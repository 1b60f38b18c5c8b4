package org.clusterworks.observatory;

import org.clusterworks.support.WebTest;

/** {@link ObservatoryPersistenceContract} on H2. */
@WebTest
class ObservatoryPersistenceH2Test extends ObservatoryPersistenceContract {}

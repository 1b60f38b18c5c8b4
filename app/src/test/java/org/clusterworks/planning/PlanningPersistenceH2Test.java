package org.clusterworks.planning;

import org.clusterworks.support.WebTest;

/** The planning repositories on H2. */
@WebTest
class PlanningPersistenceH2Test extends PlanningPersistenceContract {}

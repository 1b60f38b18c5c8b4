package org.clusterworks.diagnostic;

import org.clusterworks.support.PostgresTest;

@PostgresTest
class DiagnosticPersistencePostgresTest extends DiagnosticPersistenceContract {}

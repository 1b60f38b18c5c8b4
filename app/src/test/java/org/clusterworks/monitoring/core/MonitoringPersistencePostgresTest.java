package org.clusterworks.monitoring.core;

import org.clusterworks.support.PostgresTest;

@PostgresTest
class MonitoringPersistencePostgresTest extends MonitoringPersistenceContract {}

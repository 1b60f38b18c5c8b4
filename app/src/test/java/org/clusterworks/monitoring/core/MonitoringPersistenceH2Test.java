package org.clusterworks.monitoring.core;

import org.clusterworks.support.WebTest;

@WebTest
class MonitoringPersistenceH2Test extends MonitoringPersistenceContract {}

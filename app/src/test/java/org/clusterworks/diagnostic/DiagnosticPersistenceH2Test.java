package org.clusterworks.diagnostic;

import org.clusterworks.support.WebTest;

@WebTest
class DiagnosticPersistenceH2Test extends DiagnosticPersistenceContract {}

package org.clusterworks.surveys.core;

import org.clusterworks.support.WebTest;

/** The survey persistence contract on H2. */
@WebTest
class SurveyPersistenceH2Test extends SurveyPersistenceContract {}

/**
 * Surveys: questionnaires (with XLSForm import and export), rounds with a panel of respondents and personal links,
 * responses and their analysis; used by the diagnostic, monitoring, funding and the observatory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package org.clusterworks.surveys;

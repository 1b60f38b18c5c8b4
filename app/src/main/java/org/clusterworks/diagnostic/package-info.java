/**
 * The cluster diagnostic (UNIDO step three): a SWOT board with stakeholder votes and evidence links, the value chain
 * map with its gaps, the collaboration network and its measures, the diagnostic report, and its approval as the
 * baseline that monitoring reads ({@link org.clusterworks.diagnostic.DiagnosticApproved}). Other modules read the
 * SWOT through {@link org.clusterworks.diagnostic.Diagnostics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster diagnostic")
package org.clusterworks.diagnostic;

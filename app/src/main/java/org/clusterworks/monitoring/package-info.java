/**
 * Monitoring and evaluation: results chains per initiative and per programme, indicators with baselines, targets
 * and values per period and disaggregation (entered and approved, or computed from platform data and formulas),
 * dashboards with traffic lights, and progress reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring and evaluation")
package org.clusterworks.monitoring;

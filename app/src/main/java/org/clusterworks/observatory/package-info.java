/**
 * The policy observatory: a platform-wide, queryable database of cluster programmes at national, regional and
 * international level, with the survey's closed answer lists, survey waves, answers with provenance, country fiches,
 * statistics that rebuild the 2019 EOCIC report's figures, comparisons and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy observatory")
package org.clusterworks.observatory;

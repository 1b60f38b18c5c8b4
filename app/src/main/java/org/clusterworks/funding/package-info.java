/**
 * Funding: calls for proposals with eligibility rules as configuration, applications by consortia of the directory's
 * organisations, evaluation by reviewers with conflict-of-interest checks, decisions and decision letters, and grants
 * with milestones, reports and payments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding calls and grants")
package org.clusterworks.funding;

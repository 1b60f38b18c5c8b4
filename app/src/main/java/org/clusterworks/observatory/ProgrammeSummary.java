package org.clusterworks.observatory;

/**
 * One cluster programme of the observatory, as other modules see it (for example to link a workspace's own funding
 * programme to its observatory record).
 *
 * @param level NATIONAL, REGIONAL or INTERNATIONAL
 * @param country ISO 3166 alpha-2 code
 * @param region region name for a regional programme, else null
 */
public record ProgrammeSummary(long id, String level, String country, String region, String name) {}

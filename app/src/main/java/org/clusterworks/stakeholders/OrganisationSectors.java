package org.clusterworks.stakeholders;

import java.util.Collection;
import java.util.Map;

/** The economic sector of organisations, from the first industry code recorded in the directory. */
public interface OrganisationSectors {

    /**
     * The sector of each of these organisations that has an industry code: the NACE Rev. 2 section (level 1, e.g.
     * {@code A}, Agriculture, forestry and fishing) of its first code; organisations without a code, or whose code
     * the reference data does not know, are left out. Foreign ids are skipped.
     */
    Map<Long, Sector> sectors(long workspaceId, Collection<Long> organisationIds);

    /** A NACE Rev. 2 section: its letter and title. */
    record Sector(String code, String title) {}
}

package org.clusterworks.stakeholders;

import java.util.List;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;

/**
 * Implemented by modules that link things to organisations (initiatives, for example) so that an organisation's page
 * can list them without the directory depending on those modules.
 */
public interface OrganisationLinks {

    /** What this module links to the organisation, as far as the user may see it. */
    List<Link> linksFor(CurrentWorkspace workspace, AuthenticatedUser user, long organisationId);

    /**
     * One linked item.
     *
     * @param groupKey message key of the group heading, e.g. {@code links.initiatives}
     * @param name the item's name
     * @param href where it is, relative to the application
     * @param statusKey message key of the organisation's status there, or null
     */
    record Link(String groupKey, String name, String href, String statusKey) {}
}

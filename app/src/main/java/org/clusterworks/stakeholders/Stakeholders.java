package org.clusterworks.stakeholders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to a workspace's organisations and people for other modules; every call is workspace-scoped. */
public interface Stakeholders {

    Optional<StakeholderOrganisation> organisation(long workspaceId, long id);

    /** The organisations with these ids (unknown or foreign ids are skipped), by name. */
    List<StakeholderOrganisation> organisations(long workspaceId, Collection<Long> ids);

    /** Organisations whose name contains {@code q} (case-insensitive), by name, at most {@code limit}. */
    List<StakeholderOrganisation> search(long workspaceId, String q, int limit);

    /** The organisation with exactly this name, if any. */
    Optional<StakeholderOrganisation> byName(long workspaceId, String name);

    Optional<StakeholderPerson> person(long workspaceId, long id);

    List<StakeholderPerson> people(long workspaceId, Collection<Long> ids);

    /** The people of these organisations, by name. */
    List<StakeholderPerson> peopleOf(long workspaceId, Collection<Long> organisationIds);

    /** People linked to a platform user account (candidates for cluster manager, for example), by name. */
    List<StakeholderPerson> peopleWithAccounts(long workspaceId);

    /** The person record of a platform user, if any. */
    Optional<StakeholderPerson> personOfUser(long workspaceId, long userId);

    /** Every relationship between the workspace's organisations, for network analysis. */
    List<StakeholderRelationship> relationships(long workspaceId);

    /** The coordinates of those of these organisations that have them (for maps of members, for example). */
    default List<StakeholderPlace> places(long workspaceId, Collection<Long> organisationIds) {
        return List.of();
    }

    /** The organisation the user works for (through their person record), if any. */
    Optional<Long> organisationOfUser(long workspaceId, long userId);
}

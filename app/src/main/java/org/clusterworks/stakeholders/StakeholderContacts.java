package org.clusterworks.stakeholders;

import java.util.Optional;

/**
 * The e-mail address to write to about a survey or an invitation, for modules that send mail on the directory's
 * behalf; no other contact details leave the directory.
 */
public interface StakeholderContacts {

    /**
     * The person's own address when they consented to be contacted, otherwise their organisation's: its general
     * address, else that of the first of its people (by name) who consented to be contacted. Empty when there is none
     * or the ids are foreign.
     */
    Optional<String> emailFor(long workspaceId, Long organisationId, Long personId);
}

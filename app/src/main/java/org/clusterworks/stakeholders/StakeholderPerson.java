package org.clusterworks.stakeholders;

/**
 * A person as other modules see it (no contact details).
 *
 * @param id the person's id
 * @param organisationId the organisation the person works for, or null
 * @param fullName the name
 * @param jobTitle the role in the organisation
 * @param gender the gender, or null
 * @param userId the platform user this person is, or null
 */
public record StakeholderPerson(
        long id, Long organisationId, String fullName, String jobTitle, Gender gender, Long userId) {}

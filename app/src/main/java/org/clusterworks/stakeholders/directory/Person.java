package org.clusterworks.stakeholders.directory;

import java.time.OffsetDateTime;
import org.clusterworks.stakeholders.Gender;

/** A contact person, with recorded consent to be contacted. */
public record Person(
        long id,
        long workspaceId,
        Long organisationId,
        String fullName,
        String jobTitle,
        String email,
        String phone,
        Gender gender,
        boolean consentToContact,
        OffsetDateTime consentRecordedAt,
        Long userId,
        OffsetDateTime createdAt) {}

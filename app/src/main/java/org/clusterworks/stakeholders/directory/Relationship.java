package org.clusterworks.stakeholders.directory;

import java.time.LocalDate;

/** A typed, weighted, dated link from one organisation to another, with where it is known from. */
public record Relationship(
        long id,
        long fromOrgId,
        String fromName,
        long toOrgId,
        String toName,
        RelationshipKind kind,
        int weight,
        LocalDate validFrom,
        LocalDate validUntil,
        RelationshipKind.Source source,
        String note) {}

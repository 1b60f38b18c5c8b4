package org.clusterworks.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** The rows of an action plan: vision, objectives, comments, action lines, funders, milestones and versions. */
public final class Domain {

    private Domain() {}

    /** Where an objective stands with the stakeholders. */
    public enum ObjectiveStatus {
        DRAFT,
        AGREED;

        public String messageKey() {
            return "planning.objective-status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where an action line stands. */
    public enum ActionStatus {
        PLANNED,
        ONGOING,
        DELAYED,
        DONE,
        CANCELLED;

        public String messageKey() {
            return "planning.action-status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The initiative's vision statement. */
    public record Vision(String statement, String updatedByName, OffsetDateTime updatedAt) {}

    /** A strategic objective. */
    public record Objective(
            long id,
            long initiativeId,
            String code,
            String title,
            String description,
            ObjectiveStatus status,
            OffsetDateTime createdAt) {}

    /** A stakeholder's comment on the vision (no objective) or on an objective. */
    public record Comment(long id, Long objectiveId, String authorName, String body, OffsetDateTime createdAt) {}

    /** An action line. */
    public record ActionLine(
            long id,
            long initiativeId,
            Long objectiveId,
            String code,
            String title,
            String description,
            Long ownerOrgId,
            Long ownerPersonId,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal budget,
            String currency,
            BigDecimal membersSharePct,
            ActionStatus status,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** A funder's share of an action line's budget. */
    public record Funder(long id, long actionLineId, String funderName, BigDecimal sharePct) {}

    /** A milestone of an action line. */
    public record Milestone(long id, long actionLineId, String title, LocalDate dueDate, boolean done) {}

    /** A saved version of the plan; {@code documentVersion} is set when it was submitted for endorsement. */
    public record Version(
            long id,
            int versionNo,
            String note,
            String snapshot,
            String createdByName,
            OffsetDateTime createdAt,
            Integer documentVersion) {}
}

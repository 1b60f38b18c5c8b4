package org.clusterworks.initiatives.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.clusterworks.initiatives.Stage;

/** The initiative module's stored records and their small rules. */
public final class Domain {

    private Domain() {}

    public record Initiative(
            long id,
            long workspaceId,
            String name,
            String territoryCode,
            String territoryName,
            String clusters,
            String mappingReference,
            String funder,
            Long clusterOrgId,
            Long managerUserId,
            Stage stage,
            String description,
            Integer foundedIn,
            String website,
            String legalStatus,
            BigDecimal managerFte,
            BigDecimal staffFte,
            String sectors,
            Integer targetWomenPct,
            Integer targetSmePct,
            Integer targetBusinessPct,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    public record CheckItem(
            long id,
            long initiativeId,
            Stage stage,
            String itemKey,
            int position,
            boolean done,
            OffsetDateTime doneAt) {
        public String messageKey() {
            return "check." + itemKey;
        }
    }

    public record StageChange(Stage fromStage, Stage toStage, OffsetDateTime changedAt) {}

    public enum MemberType {
        FULL,
        ASSOCIATE,
        OBSERVER;

        public String messageKey() {
            return "member-type." + name().toLowerCase(Locale.ROOT);
        }
    }

    public enum MembershipStatus {
        NEW,
        CURRENT,
        GRACE,
        EXPIRED;

        public String messageKey() {
            return "membership-status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Days after the end date during which a membership may still be renewed. */
    static final int GRACE_DAYS = 60;

    /** Days after joining during which a membership counts as new. */
    static final int NEW_DAYS = 90;

    /** Days before the end date from which a renewal reminder is listed. */
    static final int REMINDER_DAYS = 60;

    public record Membership(
            long id,
            long initiativeId,
            long organisationId,
            MemberType memberType,
            BigDecimal fee,
            String currency,
            LocalDate startDate,
            LocalDate endDate,
            boolean committed) {

        public MembershipStatus status(LocalDate today) {
            if (endDate != null && today.isAfter(endDate.plusDays(GRACE_DAYS))) {
                return MembershipStatus.EXPIRED;
            }
            if (endDate != null && today.isAfter(endDate)) {
                return MembershipStatus.GRACE;
            }
            if (!startDate.isBefore(today.minusDays(NEW_DAYS))) {
                return MembershipStatus.NEW;
            }
            return MembershipStatus.CURRENT;
        }

        public boolean active(LocalDate today) {
            return status(today) != MembershipStatus.EXPIRED && !startDate.isAfter(today);
        }

        public boolean needsRenewal(LocalDate today) {
            return endDate != null
                    && status(today) != MembershipStatus.EXPIRED
                    && !today.plusDays(REMINDER_DAYS).isBefore(endDate);
        }
    }

    public enum BodyKind {
        CLUSTER_COMMISSION,
        BOARD,
        WORKING_GROUP,
        ADVISORY_GROUP;

        public String messageKey() {
            return "body-kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Body(long id, long initiativeId, String name, BodyKind kind, String mandate, Integer seats) {}

    public enum SeatRole {
        CHAIR,
        VICE_CHAIR,
        SECRETARY,
        MEMBER,
        OBSERVER;

        public String messageKey() {
            return "seat-role." + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Seat(long id, long bodyId, long personId, SeatRole seatRole, LocalDate since) {}

    public record Meeting(
            long id,
            long initiativeId,
            long bodyId,
            String title,
            OffsetDateTime startsAt,
            String location,
            String agenda,
            String minutes) {}

    public enum Outcome {
        ADOPTED,
        REJECTED,
        DEFERRED;

        public String messageKey() {
            return "outcome." + name().toLowerCase(Locale.ROOT);
        }
    }

    public enum FollowUp {
        OPEN,
        IN_PROGRESS,
        DONE;

        public String messageKey() {
            return "follow-up." + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Decision(
            long id,
            long meetingId,
            long initiativeId,
            String text,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions,
            Outcome outcome,
            FollowUp followUp,
            String followUpOwner,
            LocalDate dueDate) {}

    public enum DocumentKind {
        SELECTION_MEMO,
        DIAGNOSTIC_REPORT,
        ACTION_PLAN,
        PROGRESS_REPORT,
        RULES_OF_PROCEDURE,
        OTHER;

        public String messageKey() {
            return "document-kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Document(long id, long initiativeId, String title, DocumentKind kind, OffsetDateTime createdAt) {}

    public record Version(
            long id,
            long documentId,
            int versionNo,
            String filename,
            String contentType,
            long sizeBytes,
            String note,
            String uploadedByName,
            OffsetDateTime uploadedAt) {}

    public enum EndorsementStatus {
        SUBMITTED,
        ENDORSED,
        RETURNED;

        public String messageKey() {
            return "endorsement-status." + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Endorsement(
            long id,
            long initiativeId,
            long documentId,
            int versionNo,
            long bodyId,
            EndorsementStatus status,
            String submittedByName,
            OffsetDateTime submittedAt,
            String decidedByName,
            OffsetDateTime decidedAt,
            Long meetingId,
            String comments) {}
}

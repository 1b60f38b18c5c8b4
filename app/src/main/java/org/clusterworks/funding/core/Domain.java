package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.funding.eligibility.EligibilityRule;

/** The funding module's stored records and their small rules. */
public final class Domain {

    private Domain() {}

    /** Where a call stands at a given instant. */
    public enum CallStatus {
        UPCOMING,
        OPEN,
        CLOSED;

        public String messageKey() {
            return "funding.call.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A call for proposals. Opening and closing are instants; the call's time zone is how they are entered and shown.
     * A submission is accepted from the opening instant up to and including the closing instant.
     */
    public record Call(
            long id,
            long workspaceId,
            String programme,
            String titleEn,
            String titleFr,
            String titleSw,
            String textEn,
            String textFr,
            String textSw,
            String currency,
            BigDecimal budget,
            BigDecimal maxGrant,
            BigDecimal cofinancingPct,
            ZoneId zone,
            Instant opens,
            Instant closes,
            Long initiativeId,
            int scaleMin,
            int scaleMax) {

        /** The title in the language, falling back to English. */
        public String title(Locale locale) {
            return pick(locale, titleEn, titleFr, titleSw);
        }

        /** The call text in the language, falling back to English. */
        public String text(Locale locale) {
            return pick(locale, textEn, textFr, textSw);
        }

        private static String pick(Locale locale, String en, String fr, String sw) {
            String lang = locale == null ? "en" : locale.getLanguage();
            String v = lang.equals("fr") ? fr : lang.equals("sw") ? sw : en;
            return v == null || v.isBlank() ? en : v;
        }

        public CallStatus status(Instant now) {
            return now.isBefore(opens)
                    ? CallStatus.UPCOMING
                    : now.isAfter(closes) ? CallStatus.CLOSED : CallStatus.OPEN;
        }

        /** Whether a submission at this instant is in time: from the opening up to and including the closing. */
        public boolean acceptsSubmissionAt(Instant now) {
            return status(now) == CallStatus.OPEN;
        }

        public ZonedDateTime opensLocal() {
            return opens.atZone(zone);
        }

        public ZonedDateTime closesLocal() {
            return closes.atZone(zone);
        }
    }

    /** A stored eligibility rule. */
    public record Rule(long id, long callId, EligibilityRule rule) {}

    /** A document the applicants must upload, with the file types and size allowed. */
    public record DocType(long id, long callId, String name, String extensions, int maxMb) {

        /** Whether a file name ends with one of the allowed extensions (case-insensitive). */
        public boolean allows(String filename) {
            String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            for (String ext : extensions.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
                if (!ext.isBlank() && f.endsWith("." + ext.replace(".", ""))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An evaluation criterion and its weight. */
    public record Criterion(long id, long callId, String name, String description, BigDecimal weight) {}

    /** Where an application stands in its own life cycle. */
    public enum Status {
        DRAFT,
        SUBMITTED
    }

    /** The programme's decision on an application. */
    public enum Decision {
        AWARDED,
        RESERVE,
        REJECTED;

        public String messageKey() {
            return "funding.decision." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Cost categories of the budget table. */
    public enum CostCategory {
        PERSONNEL,
        EQUIPMENT,
        SUBCONTRACTING,
        TRAVEL,
        OTHER;

        public String messageKey() {
            return "funding.cost." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** An application of a consortium to a call. */
    public record Application(
            long id,
            long callId,
            long workspaceId,
            long leadOrgId,
            Long createdBy,
            String title,
            String summary,
            String objectives,
            String workPlan,
            BigDecimal requested,
            Status status,
            int version,
            OffsetDateTime submittedAt,
            BigDecimal consensusScore,
            String consensusNote,
            Decision decision,
            String decisionReason,
            OffsetDateTime decidedAt) {

        public boolean locked() {
            return status != Status.DRAFT;
        }

        /** Message key of the status shown to people: the decision once taken, else draft or submitted. */
        public String statusKey() {
            return decision != null
                    ? decision.messageKey()
                    : "funding.status." + status.name().toLowerCase(Locale.ROOT);
        }
    }

    /** An uploaded document (without its content). */
    public record Document(
            long id,
            long applicationId,
            long docTypeId,
            String filename,
            String contentType,
            long sizeBytes,
            OffsetDateTime uploadedAt) {}

    /** A submitted version with the eligibility at that moment and a frozen copy of the application. */
    public record Submission(
            long applicationId,
            int version,
            OffsetDateTime submittedAt,
            Long submittedBy,
            boolean eligible,
            String snapshot) {}

    /** One reviewer's declaration about one application. */
    public record Conflict(long applicationId, long userId, boolean conflict, String note) {}

    /** A grant agreement following an award. */
    public record Grant(
            long id,
            long applicationId,
            long workspaceId,
            BigDecimal amount,
            String agreementRef,
            LocalDate signedOn,
            LocalDate startsOn,
            LocalDate endsOn) {}

    /** A milestone with its payment tranche and the grantee's report. */
    public record Milestone(
            long id,
            long grantId,
            String title,
            LocalDate dueOn,
            BigDecimal tranche,
            String report,
            BigDecimal cofinancingSpent,
            OffsetDateTime reportedAt,
            boolean accepted) {}

    /** A payment made under a grant. */
    public record Payment(
            long id, long grantId, Long milestoneId, LocalDate paidOn, BigDecimal amount, String reference) {}

    /** The budget of one partner: cost per category. */
    public record PartnerBudget(long orgId, Map<CostCategory, BigDecimal> costs) {

        public BigDecimal total() {
            return costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}

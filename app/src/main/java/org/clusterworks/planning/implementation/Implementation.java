package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** The rows of an initiative's implementation: joint actions with participants, events with registrations. */
public final class Implementation {

    private Implementation() {}

    /** What a joint action is. */
    public enum Kind {
        SHARED_PURCHASING,
        JOINT_MARKETING,
        EXPORT_CONSORTIUM,
        SHARED_EQUIPMENT,
        TRAINING,
        RD_PROJECT,
        STUDY_TOUR,
        OTHER;

        public String messageKey() {
            return "planning.joint-kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Horizontal (firms at the same stage) or vertical (buyers, suppliers, institutions). */
    public enum Direction {
        HORIZONTAL,
        VERTICAL;

        public String messageKey() {
            return "planning.direction." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a joint action stands. */
    public enum JointStatus {
        PLANNED,
        ONGOING,
        COMPLETED,
        CANCELLED;

        public String messageKey() {
            return "planning.joint-status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What an event is. */
    public enum EventKind {
        TRAINING,
        SEMINAR,
        WORKSHOP,
        B2B,
        FAIR,
        STUDY_TOUR;

        public String messageKey() {
            return "planning.event-kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A joint action. */
    public record JointAction(
            long id,
            long initiativeId,
            Long actionLineId,
            String title,
            Kind kind,
            Direction direction,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal budget,
            String currency,
            JointStatus status,
            String results,
            Boolean continued) {}

    /** An organisation taking part in a joint action. */
    public record Participant(long jointActionId, long organisationId, BigDecimal contribution, String role) {}

    /** An event. */
    public record Event(
            long id,
            long initiativeId,
            Long actionLineId,
            String title,
            EventKind kind,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            Integer capacity,
            String description) {}

    /** A person registered for an event. */
    public record Registration(
            long id,
            long eventId,
            long personId,
            Long organisationId,
            String registeredByName,
            OffsetDateTime registeredAt,
            boolean waiting,
            boolean attended) {}
}

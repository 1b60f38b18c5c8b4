package org.clusterworks.planning.implementation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.clusterworks.planning.implementation.Implementation.EventKind;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/** The event form as typed (local date-times as a browser sends them, read as UTC); the check names bad fields. */
public record EventInput(
        String actionLineId,
        String title,
        String kind,
        String startsAt,
        String endsAt,
        String place,
        String capacity,
        String description) {

    /** A checked event. */
    public record Valid(
            Long actionLineId,
            String title,
            EventKind kind,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            Integer capacity,
            String description) {}

    public static EventInput empty() {
        return new EventInput(null, null, "TRAINING", null, null, null, null, null);
    }

    private static OffsetDateTime time(String field, String s, boolean required, InvalidInput.Collector errors) {
        String t = FormFields.text(s);
        if (t == null) {
            if (required) {
                errors.add(field, "input.required");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(field, "planning.date-time");
            return null;
        }
    }

    public Valid check(InvalidInput.Collector errors) {
        Long line = FormFields.id("actionLineId", actionLineId, false, errors);
        String t = FormFields.required("title", title, 300, errors);
        EventKind k = FormFields.choice("kind", kind, EventKind.class, null, errors);
        OffsetDateTime s = time("startsAt", startsAt, true, errors);
        OffsetDateTime e = time("endsAt", endsAt, false, errors);
        if (s != null && e != null && e.isBefore(s)) {
            errors.add("endsAt", "planning.end-before-start");
        }
        String p = FormFields.optional("place", place, 300, errors);
        Integer c = FormFields.integer("capacity", capacity, 1, 100_000, errors);
        String d = FormFields.optional("description", description, 10_000, errors);
        return new Valid(line, t, k, s, e, p, c, d);
    }
}

package org.clusterworks.shared;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A save refused because someone else saved the record after the form was opened: nothing was written. A kind of
 * {@link InvalidInput} on the field {@code version} (message {@code edit.stale} naming who and when), so that a page
 * that re-shows its form for invalid input re-shows it with the user's values and this message, and the API answers
 * 409 problem+json ({@code ApiProblemAdvice}).
 */
public class StaleEdit extends InvalidInput {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final String changedBy;
    private final long currentVersion;

    public StaleEdit(String changedBy, OffsetDateTime changedAt, long currentVersion) {
        super(Map.of("version", "edit.stale"), Map.of("version", new Object[] {
            changedBy == null ? "?" : changedBy,
            changedAt == null ? "?" : WHEN.format(changedAt.withOffsetSameInstant(ZoneOffset.UTC))
        }));
        this.changedBy = changedBy;
        this.currentVersion = currentVersion;
    }

    /** The display name of who saved last, or null when not known (a save from before versions were kept). */
    public String changedBy() {
        return changedBy;
    }

    /** The record's version now: a form re-shown with it saves over the other change, deliberately. */
    public long currentVersion() {
        return currentVersion;
    }

    /** The version a re-shown form should carry: the current one after a conflict, else the one submitted. */
    public static Long versionAfter(InvalidInput refused, Long submitted) {
        return refused instanceof StaleEdit stale ? Long.valueOf(stale.currentVersion()) : submitted;
    }
}

package org.clusterworks.planning.implementation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.clusterworks.planning.implementation.Implementation.Event;

/**
 * Events as an iCalendar file (RFC 5545): one VEVENT per event with times in UTC, texts escaped (backslash, comma,
 * semicolon, line breaks) and content lines folded at 75 octets.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {}

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line: no line longer than 75 octets, continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int k = 0; k < line.length(); ) {
            int cp = line.codePointAt(k);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + n > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            k += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }

    private static String time(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** The calendar of these events; {@code host} makes the UIDs globally unique. */
    public static String of(String name, List<Event> events, String host, OffsetDateTime stamp) {
        StringBuilder s = new StringBuilder();
        s.append(fold("BEGIN:VCALENDAR"))
                .append(fold("VERSION:2.0"))
                .append(fold("PRODID:-//ClusterWorks//Planning//EN"))
                .append(fold("X-WR-CALNAME:" + escape(name)));
        for (Event e : events) {
            s.append(fold("BEGIN:VEVENT"))
                    .append(fold("UID:event-" + e.id() + "@" + host))
                    .append(fold("DTSTAMP:" + time(stamp)))
                    .append(fold("DTSTART:" + time(e.startsAt())));
            if (e.endsAt() != null) {
                s.append(fold("DTEND:" + time(e.endsAt())));
            }
            s.append(fold("SUMMARY:" + escape(e.title())));
            if (e.place() != null) {
                s.append(fold("LOCATION:" + escape(e.place())));
            }
            if (e.description() != null) {
                s.append(fold("DESCRIPTION:" + escape(e.description())));
            }
            s.append(fold("END:VEVENT"));
        }
        return s.append(fold("END:VCALENDAR")).toString();
    }
}

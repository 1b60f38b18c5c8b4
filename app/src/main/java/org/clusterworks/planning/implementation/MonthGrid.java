package org.clusterworks.planning.implementation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.planning.implementation.Implementation.Event;

/**
 * A month as a calendar grid of ISO weeks (Monday first): each day of the weeks that touch the month, with the
 * events on it (an event spanning several days shows on each of them, dates in UTC).
 */
public record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    /** One cell of the grid. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Event> events) {}

    public static MonthGrid of(YearMonth month, List<Event> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            week.add(new Day(
                    day,
                    YearMonth.from(day).equals(month),
                    day.equals(today),
                    events.stream().filter(e -> on(e, day)).toList()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new MonthGrid(month, weeks);
    }

    static boolean on(Event e, LocalDate day) {
        LocalDate start = e.startsAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate end = e.endsAt() == null
                ? start
                : e.endsAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}

package org.clusterworks.planning.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.planning.plan.Domain.Milestone;

/**
 * The plan as a Gantt chart drawn with CSS: the span from the first start to the last end (widened to whole
 * months), each action line as a bar and each milestone as a mark, positioned in percent of the span.
 */
public record Timeline(LocalDate from, LocalDate to, List<Row> rows, List<Tick> ticks, Double todayPct) {

    /** A line's bar. */
    public record Row(ActionLine line, double leftPct, double widthPct, List<Mark> milestones) {}

    /** A milestone's mark. */
    public record Mark(Milestone milestone, double leftPct) {}

    /** A month or year boundary on the axis. */
    public record Tick(String label, double leftPct) {}

    public static Timeline of(List<ActionLine> lines, Map<Long, List<Milestone>> milestones, LocalDate today) {
        if (lines.isEmpty()) {
            return new Timeline(today, today, List.of(), List.of(), null);
        }
        LocalDate first = lines.stream()
                .map(ActionLine::startDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = lines.stream()
                .map(ActionLine::endDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
        LocalDate from = first.withDayOfMonth(1);
        LocalDate to = YearMonth.from(last).atEndOfMonth().plusDays(1);
        double span = ChronoUnit.DAYS.between(from, to);
        List<Row> rows = new ArrayList<>();
        for (ActionLine l : lines) {
            double left = pct(from, l.startDate(), span);
            double width = Math.max(0.5, pct(from, l.endDate().plusDays(1), span) - left);
            List<Mark> marks = milestones.getOrDefault(l.id(), List.of()).stream()
                    .map(m -> new Mark(m, pct(from, m.dueDate(), span)))
                    .toList();
            rows.add(new Row(l, left, width, marks));
        }
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = months <= 12 ? 1 : months <= 36 ? 3 : 12;
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusMonths(step)) {
            ticks.add(new Tick(YearMonth.from(d).toString(), pct(from, d, span)));
        }
        Double now = today.isBefore(from) || !today.isBefore(to) ? null : pct(from, today, span);
        return new Timeline(from, to, rows, ticks, now);
    }

    private static double pct(LocalDate from, LocalDate day, double span) {
        return Math.round(ChronoUnit.DAYS.between(from, day) / span * 10_000) / 100.0;
    }
}

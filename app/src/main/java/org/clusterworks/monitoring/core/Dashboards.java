package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Target;
import org.clusterworks.monitoring.core.Domain.Value;
import org.clusterworks.monitoring.logic.Period;
import org.clusterworks.monitoring.logic.PeriodScheme;
import org.clusterworks.monitoring.logic.ProRating;
import org.clusterworks.monitoring.logic.TrafficLight;
import org.springframework.stereotype.Component;

/**
 * Achievement against targets, year by year: each indicator's values (approved or computed) rolled up to the
 * framework's years by the indicator's rule, compared with the year's target (its elapsed share for a flow in the
 * running year, {@link ProRating}); the traffic light follows {@link TrafficLight}.
 */
@Component
class Dashboards {

    private final MonitoringRepository repo;

    Dashboards(MonitoringRepository repo) {
        this.repo = repo;
    }

    /**
     * One year of one indicator; {@code elapsedShare} is set when the year is still running and the indicator is a
     * flow, whose actual is then compared with that share of the target ({@link ProRating}).
     */
    record Cell(
            String period,
            String label,
            Double target,
            Double actual,
            Double achievement,
            TrafficLight light,
            Double elapsedShare) {

        /** The part of the target expected by now (the whole target unless pro-rated). */
        public Double expected() {
            return target == null || elapsedShare == null ? target : Double.valueOf(target * elapsedShare);
        }

        public boolean prorated() {
            return elapsedShare != null;
        }
    }

    /** One indicator's line of the dashboard, with its latest year that has a value. */
    record Row(Indicator indicator, List<Cell> years, Cell latest, Map<String, Double> latestBreakdown) {
        String name(Locale locale) {
            return indicator.name(locale);
        }
    }

    List<Row> rows(Framework f) {
        return rows(f, LocalDate.now());
    }

    List<Row> rows(Framework f, LocalDate today) {
        List<Row> out = new ArrayList<>();
        for (Indicator i : repo.indicators(f.id())) {
            out.add(row(f, i, today));
        }
        return out;
    }

    Row row(Framework f, Indicator i) {
        return row(f, i, LocalDate.now());
    }

    /** The indicator's years as seen on {@code today} (the running year of a flow is pro-rated). */
    Row row(Framework f, Indicator i, LocalDate today) {
        PeriodScheme s = f.scheme();
        Map<String, Double> targets = new LinkedHashMap<>();
        for (Target t : repo.targets(i.id())) {
            targets.put(t.period(), t.target());
        }
        List<Value> values = repo.values(i.id());
        List<Cell> years = new ArrayList<>();
        Cell latest = null;
        boolean flow = ProRating.applies(i.accumulation(), i.combine());
        for (int y = f.firstYear(); y <= f.lastYear(); y++) {
            Period p = s.year(y);
            Double actual = p.start().isAfter(today) ? null : Computations.periodValue(s, i, p, values);
            Double target = targets.get(p.key());
            Double share = flow ? ProRating.elapsedShare(p, today) : null;
            Double ach = share == null
                    ? TrafficLight.achievement(i.baselineValue(), target, actual, i.direction())
                    : ProRating.achievement(i.baselineValue(), target, actual, i.direction(), share);
            Cell c = new Cell(p.key(), s.label(p), target, actual, ach, TrafficLight.of(ach), share);
            years.add(c);
            if (actual != null) {
                latest = c;
            }
        }
        Map<String, Double> breakdown = new TreeMap<>();
        if (latest != null) {
            Period lp = s.parse(latest.period());
            for (Value v : values) {
                if (!v.total()
                        && v.status().counts()
                        && i.frequency() == lp.granularity()
                        && v.period().equals(lp.key())) {
                    breakdown.put(v.disaggregation(), v.amount());
                }
            }
        }
        return new Row(i, years, latest, breakdown);
    }

    /** Counts of the latest traffic lights, for the summary line. */
    static Map<TrafficLight, Long> lights(List<Row> rows) {
        Map<TrafficLight, Long> out = new LinkedHashMap<>();
        for (TrafficLight l : TrafficLight.values()) {
            out.put(
                    l,
                    rows.stream()
                            .filter(r -> (r.latest() == null
                                            ? TrafficLight.NONE
                                            : r.latest().light())
                                    == l)
                            .count());
        }
        return out;
    }
}

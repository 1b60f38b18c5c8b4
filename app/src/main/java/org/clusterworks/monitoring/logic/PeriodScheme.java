package org.clusterworks.monitoring.logic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting periods of a results framework: years that start in {@code startMonth} (1 for calendar years, 7 for a
 * July–June fiscal year such as Tanzania's), their quarters (quarter 1 starts with the year) and calendar months.
 *
 * <p>A fiscal year is named by the calendar year in which it starts: with {@code startMonth} 7, {@code FY2025} runs
 * from 1 July 2025 to 30 June 2026 and is labelled "FY2025/26". Calendar years and their quarters carry no prefix
 * ({@code 2025}, {@code 2025-Q3}).
 */
public final class PeriodScheme {

    private static final Pattern YEAR = Pattern.compile("(FY)?(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(FY)?(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private final int startMonth;

    public PeriodScheme(int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("The year's first month must be 1 to 12, not " + startMonth);
        }
        this.startMonth = startMonth;
    }

    /** Calendar years. */
    public static PeriodScheme calendar() {
        return new PeriodScheme(1);
    }

    public int startMonth() {
        return startMonth;
    }

    public boolean fiscal() {
        return startMonth != 1;
    }

    private String prefix() {
        return fiscal() ? "FY" : "";
    }

    /** The year (by its starting calendar year) of this scheme. */
    public Period year(int startYear) {
        LocalDate start = LocalDate.of(startYear, startMonth, 1);
        return new Period(prefix() + startYear, Granularity.YEAR, start, start.plusYears(1));
    }

    /** Quarter {@code q} (1 to 4) of the year that starts in {@code startYear}. */
    public Period quarter(int startYear, int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + q);
        }
        LocalDate start = LocalDate.of(startYear, startMonth, 1).plusMonths(3L * (q - 1));
        return new Period(prefix() + startYear + "-Q" + q, Granularity.QUARTER, start, start.plusMonths(3));
    }

    /** A calendar month. */
    public Period month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period("%04d-%02d".formatted(year, month), Granularity.MONTH, start, start.plusMonths(1));
    }

    /** The period of this granularity that contains the day. */
    public Period containing(LocalDate day, Granularity g) {
        int startYear = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return switch (g) {
            case YEAR -> year(startYear);
            case QUARTER -> {
                int monthsIn = Math.floorMod(day.getMonthValue() - startMonth, 12);
                yield quarter(startYear, monthsIn / 3 + 1);
            }
            case MONTH -> month(day.getYear(), day.getMonthValue());
        };
    }

    /** The period that follows. */
    public Period next(Period p) {
        return containing(p.end(), p.granularity());
    }

    /** The year containing the period (a month belongs to the year it falls in under this scheme). */
    public Period yearOf(Period p) {
        return containing(p.start(), Granularity.YEAR);
    }

    /** The periods of a granularity from the one containing {@code from} to the one containing {@code to}. */
    public List<Period> between(LocalDate from, LocalDate to, Granularity g) {
        List<Period> out = new ArrayList<>();
        for (Period p = containing(from, g); !p.start().isAfter(to); p = next(p)) {
            out.add(p);
        }
        return out;
    }

    /** The periods of a granularity inside a year of this scheme. */
    public List<Period> within(Period year, Granularity g) {
        return between(year.start(), year.lastDay(), g);
    }

    /**
     * Reads a period key of this scheme.
     *
     * @throws IllegalArgumentException naming the expected forms when the key is not one of this scheme's periods
     */
    public Period parse(String key) {
        String k = key == null ? "" : key.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = YEAR.matcher(k);
        if (m.matches() && (m.group(1) != null) == fiscal()) {
            return year(Integer.parseInt(m.group(2)));
        }
        m = QUARTER.matcher(k);
        if (m.matches() && (m.group(1) != null) == fiscal()) {
            return quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH.matcher(k);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(Integer.parseInt(m.group(1)), month);
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a period; expected " + examples());
    }

    /** Example keys of this scheme, for error messages. */
    public String examples() {
        return prefix() + "2025, " + prefix() + "2025-Q1 or 2025-07";
    }

    /** A human label: {@code 2025}, {@code FY2025/26}, {@code FY2025/26 Q2}, {@code 2025-07}. */
    public String label(Period p) {
        if (p.granularity() == Granularity.MONTH) {
            return YearMonth.from(p.start()).toString();
        }
        int y = yearOf(p).start().getYear();
        String year = fiscal() ? "FY" + y + "/" + String.format("%02d", (y + 1) % 100) : Integer.toString(y);
        return p.granularity() == Granularity.YEAR
                ? year
                : year + " Q" + (Math.floorMod(p.start().getMonthValue() - startMonth, 12) / 3 + 1);
    }
}

package org.clusterworks.monitoring.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodSchemeTest {

    private final PeriodScheme calendar = PeriodScheme.calendar();
    private final PeriodScheme julyToJune = new PeriodScheme(7);

    @Test
    void aCalendarYearRunsFromJanuaryToDecember() {
        Period y = calendar.year(2025);
        assertThat(y.key()).isEqualTo("2025");
        assertThat(y.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(y.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(calendar.label(y)).isEqualTo("2025");
    }

    @Test
    void aJulyFiscalYearIsNamedByTheYearItStartsIn() {
        Period fy = julyToJune.containing(LocalDate.of(2026, 3, 15), Granularity.YEAR);
        assertThat(fy.key()).isEqualTo("FY2025");
        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(julyToJune.label(fy)).isEqualTo("FY2025/26");
        assertThat(julyToJune
                        .containing(LocalDate.of(2026, 7, 1), Granularity.YEAR)
                        .key())
                .isEqualTo("FY2026");
    }

    @Test
    void fiscalQuartersStartWithTheFiscalYear() {
        // Tanzania's fiscal year: Q1 is July-September, Q3 is January-March.
        Period q3 = julyToJune.containing(LocalDate.of(2026, 2, 28), Granularity.QUARTER);
        assertThat(q3.key()).isEqualTo("FY2025-Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(julyToJune.label(q3)).isEqualTo("FY2025/26 Q3");
        assertThat(julyToJune.within(julyToJune.year(2025), Granularity.QUARTER))
                .extracting(Period::key)
                .containsExactly("FY2025-Q1", "FY2025-Q2", "FY2025-Q3", "FY2025-Q4");
    }

    @Test
    void anAprilFiscalYearHasTwelveMonthsAcrossTwoCalendarYears() {
        PeriodScheme april = new PeriodScheme(4);
        var months = april.within(april.year(2025), Granularity.MONTH);
        assertThat(months).hasSize(12);
        assertThat(months.getFirst().key()).isEqualTo("2025-04");
        assertThat(months.getLast().key()).isEqualTo("2026-03");
        assertThat(april.yearOf(calendar.month(2026, 2)).key()).isEqualTo("FY2025");
    }

    @Test
    void calendarQuartersFollowEachOtherAcrossYearEnds() {
        Period q4 = calendar.quarter(2025, 4);
        assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        Period next = calendar.next(q4);
        assertThat(next.key()).isEqualTo("2026-Q1");
        assertThat(calendar.between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1), Granularity.QUARTER))
                .extracting(Period::key)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3");
    }

    @Test
    void keysAreReadBackToTheSamePeriods() {
        for (Period p : julyToJune.between(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30), Granularity.QUARTER)) {
            assertThat(julyToJune.parse(p.key())).isEqualTo(p);
        }
        assertThat(calendar.parse("2025-q2")).isEqualTo(calendar.quarter(2025, 2));
        assertThat(calendar.parse("2025-07")).isEqualTo(calendar.month(2025, 7));
    }

    @Test
    void keysOfAnotherSchemeOrMalformedAreRefusedWithTheExpectedForms() {
        assertThatThrownBy(() -> calendar.parse("FY2025")).hasMessageContaining("expected 2025, 2025-Q1 or 2025-07");
        assertThatThrownBy(() -> julyToJune.parse("2025")).hasMessageContaining("FY2025");
        assertThatThrownBy(() -> calendar.parse("2025-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.parse("2025-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeriodScheme(13)).isInstanceOf(IllegalArgumentException.class);
    }
}

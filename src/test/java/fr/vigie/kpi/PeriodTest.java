package fr.vigie.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void parsesAMonthAsParisMidnightsInUtc() {
        Period october = Period.parse("2026-10");
        assertThat(october.granularity()).isEqualTo(Period.Granularity.MONTH);
        assertThat(october.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.end()).isEqualTo(LocalDate.of(2026, 11, 1));
        // summer time on 1 October, winter time on 1 November (clocks go back on 25 October 2026)
        assertThat(october.startInstant()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(october.endInstant()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    }

    @Test
    void parsesQuartersSemestersAndYears() {
        assertThat(Period.parse("2026-Q3").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026-Q3").end()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.parse("2026-s2").label()).isEqualTo("2026-S2");
        assertThat(Period.parse("2026-S2").end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Period.parse("2026").startInstant()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(Period.parse("2026").granularity()).isEqualTo(Period.Granularity.YEAR);
    }

    @Test
    void parsesIsoWeeksFromMondayAndDays() {
        Period week = Period.parse("2026-W40");
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 10, 5));
        // ISO week 1 of 2026 starts on Monday 29 December 2025
        assertThat(Period.parse("2026-W01").start()).isEqualTo(LocalDate.of(2025, 12, 29));
        Period day = Period.parse("2026-10-03");
        assertThat(day.granularity()).isEqualTo(Period.Granularity.DAY);
        assertThat(day.startInstant()).isEqualTo(Instant.parse("2026-10-02T22:00:00Z"));
        assertThat(day.endInstant()).isEqualTo(Instant.parse("2026-10-03T22:00:00Z"));
    }

    @Test
    void refusesUnknownFormsNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> Period.parse("octobre 2026"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("'octobre 2026'")
                .hasMessageContaining("2026-Q3 (quarter)")
                .hasMessageContaining("2026-W40 (ISO week)");
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(VigieException.class);
        assertThatThrownBy(() -> Period.parse("2026-W54"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("ISO weeks 1 to 53");
    }
}

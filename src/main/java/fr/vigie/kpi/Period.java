package fr.vigie.kpi;

import fr.vigie.VigieException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period over which KPIs are computed: a year, semester, quarter, month, ISO week or day.
 * Its boundaries are Europe/Paris dates; {@link #startInstant()} and {@link #endInstant()} give the
 * matching UTC instants, start inclusive and end exclusive, as the store compares them.
 *
 * @param label the canonical text form (2026, 2026-S1, 2026-Q3, 2026-10, 2026-W40, 2026-10-03)
 * @param start first day (Europe/Paris)
 * @param end first day after the period (Europe/Paris), exclusive
 */
public record Period(String label, Granularity granularity, LocalDate start, LocalDate end) {
    /** Day boundaries of every period, as the observatory's territories live them. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static final String ACCEPTED_FORMS =
            "2026 (year), 2026-S1 (semester), 2026-Q3 (quarter), 2026-10 (month), 2026-W40 (ISO week)"
                    + " or 2026-10-03 (day)";

    /** How long a period is. */
    public enum Granularity {
        YEAR,
        SEMESTER,
        QUARTER,
        MONTH,
        WEEK,
        DAY
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    public Period {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " .. " + end);
        }
    }

    /** Parses one of the {@link #ACCEPTED_FORMS}, case-insensitively; throws a VigieException otherwise. */
    public static Period parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = YEAR.matcher(value)).matches()) {
                LocalDate start = LocalDate.of(year(m), 1, 1);
                return new Period(value, Granularity.YEAR, start, start.plusYears(1));
            }
            if ((m = SEMESTER.matcher(value)).matches()) {
                LocalDate start = LocalDate.of(year(m), 1 + 6 * (number(m, 2) - 1), 1);
                return new Period(value, Granularity.SEMESTER, start, start.plusMonths(6));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                LocalDate start = LocalDate.of(year(m), 1 + 3 * (number(m, 2) - 1), 1);
                return new Period(value, Granularity.QUARTER, start, start.plusMonths(3));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                LocalDate start = LocalDate.of(year(m), number(m, 2), 1);
                return new Period(value, Granularity.MONTH, start, start.plusMonths(1));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                return week(value, year(m), number(m, 2));
            }
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate day = LocalDate.of(year(m), number(m, 2), number(m, 3));
                return new Period(value, Granularity.DAY, day, day.plusDays(1));
            }
        } catch (DateTimeException e) {
            throw invalid(text, e.getMessage());
        }
        throw invalid(text, "unknown form");
    }

    private static Period week(String label, int year, int week) {
        LocalDate middleOfYear = LocalDate.of(year, 6, 1);
        long weeks =
                IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(middleOfYear).getMaximum();
        if (week < 1 || week > weeks) {
            throw invalid(label, year + " has ISO weeks 1 to " + weeks);
        }
        LocalDate monday =
                middleOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new Period(label, Granularity.WEEK, monday, monday.plusWeeks(1));
    }

    private static int year(Matcher m) {
        return number(m, 1);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static VigieException invalid(String text, String why) {
        return new VigieException("invalid period '" + text.strip() + "' (" + why + "): use " + ACCEPTED_FORMS
                + ", in Europe/Paris time");
    }

    /** First instant of the period (midnight in Paris of its first day), UTC. */
    public Instant startInstant() {
        return start.atStartOfDay(PARIS).toInstant();
    }

    /** First instant after the period (midnight in Paris of the day after its last), UTC. */
    public Instant endInstant() {
        return end.atStartOfDay(PARIS).toInstant();
    }

    @Override
    public String toString() {
        return label;
    }
}

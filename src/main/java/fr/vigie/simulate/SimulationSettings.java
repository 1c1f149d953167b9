package fr.vigie.simulate;

import fr.vigie.VigieException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a dataset is generated from. The period is the {@code days} Europe/Paris days ending with
 * {@code until} (inclusive).
 *
 * @param metricAges post ages at which metrics are observed, ascending
 */
public record SimulationSettings(
        long seed, SimulationScope scope, int days, LocalDate until, List<Duration> metricAges) {
    public static final int DEFAULT_DAYS = 365;
    public static final String DEFAULT_METRIC_AGES = "1h,24h,7d,30d";
    public static final int MAX_DAYS = 3660;

    public SimulationSettings {
        if (days < 1 || days > MAX_DAYS) {
            throw new VigieException("--days " + days + " is out of range: give 1 to " + MAX_DAYS + " days");
        }
        if (metricAges.isEmpty()) {
            throw new VigieException("--metric-ages: give at least one age, e.g. " + DEFAULT_METRIC_AGES);
        }
        metricAges = List.copyOf(metricAges);
    }

    /** Default end of the period: the last day of the month before today's. */
    public static LocalDate defaultUntil(LocalDate today) {
        return today.withDayOfMonth(1).minusDays(1);
    }

    /** Parses "1h,24h,7d,30d" (units m, h, d) into ascending distinct durations. */
    public static List<Duration> parseAges(String text) {
        var ages = new ArrayList<Duration>();
        for (String part : text.split(",")) {
            String age = part.strip().toLowerCase(Locale.ROOT);
            if (!age.matches("[0-9]{1,4}[mhd]")) {
                throw new VigieException("--metric-ages: '" + part.strip() + "' is not an age; write a number and a"
                        + " unit m, h or d, comma-separated, e.g. " + DEFAULT_METRIC_AGES);
            }
            long amount = Long.parseLong(age.substring(0, age.length() - 1));
            Duration duration = switch (age.charAt(age.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (duration.isZero()) {
                throw new VigieException("--metric-ages: an age must be positive, not '" + part.strip() + "'");
            }
            if (!ages.contains(duration)) {
                ages.add(duration);
            }
        }
        ages.sort(null);
        return ages;
    }

    /** "1h", "24h", "7d", "90m": days from two days on, else hours, else minutes. */
    public static String formatAge(Duration age) {
        long minutes = age.toMinutes();
        if (minutes % 1440 == 0 && minutes >= 2880) {
            return minutes / 1440 + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    public LocalDate firstDay() {
        return until.minusDays(days - 1L);
    }

    /** End of the period: midnight after {@code until}, Europe/Paris. Nothing is observed after it. */
    public Instant end() {
        return until.plusDays(1).atStartOfDay(Rhythm.PARIS).toInstant();
    }
}

package fr.vigie.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What every generator of a run shares: the seed, the period (Europe/Paris days) and its end, the
 * post ages at which metrics are observed, and the files being written. Nothing observed after
 * {@code end} is written: a post of the last day has no 30-day metrics yet.
 */
record RunContext(long seed, LocalDate firstDay, int days, Instant end, List<Duration> metricAges, DatasetFiles files) {
    static RunContext of(SimulationSettings settings, DatasetFiles files) {
        return new RunContext(
                settings.seed(), settings.firstDay(), settings.days(), settings.end(), settings.metricAges(), files);
    }

    /** Local midnight of the given day of the period, as an instant. */
    Instant midnight(int day) {
        return firstDay.plusDays(day).atStartOfDay(Rhythm.PARIS).toInstant();
    }
}

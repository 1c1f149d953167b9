package fr.vigie.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ISO-8601 UTC timestamps to the second ("2026-10-03T08:15:00Z"), written without a formatter:
 * millions of them go into a dataset, and the date part is cached per day.
 */
final class Timestamps {
    private static final ConcurrentHashMap<Long, String> DAYS = new ConcurrentHashMap<>();

    private Timestamps() {}

    static String iso(Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int second = (int) Math.floorMod(seconds, 86_400);
        var text = new StringBuilder(20).append(DAYS.computeIfAbsent(day, d -> LocalDate.ofEpochDay(d) + "T"));
        two(text, second / 3600).append(':');
        two(text, second / 60 % 60).append(':');
        return two(text, second % 60).append('Z').toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}

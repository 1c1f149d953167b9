package fr.vigie.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the timestamps that platforms and spreadsheets write: ISO-8601 with {@code Z}, with
 * fractions, with an offset with or without colon ({@code +02:00}, {@code +0200}, {@code +02}), a
 * space instead of {@code T}, or epoch seconds as digits. A local time without zone is refused:
 * guessing its zone would shift every figure by an hour or two.
 *
 * <p>Hand-written rather than a DateTimeFormatter because it runs once per imported row.
 */
public final class Timestamps {
    /** 2100-01-01T00:00:00Z: larger epoch values are milliseconds mistaken for seconds. */
    private static final long MAX_EPOCH_SECONDS = 4_102_444_800L;

    private Timestamps() {}

    /** The instant, or IllegalArgumentException whose message says what is wrong with the text. */
    public static Instant parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        if (Counts.isDigits(s)) {
            return epochSeconds(s);
        }
        int length = s.length();
        if (length < 19
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || "Tt ".indexOf(s.charAt(10)) < 0
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            throw notATimestamp(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int i = 19;
        int nanos = 0;
        if (i < length && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int start = ++i;
            while (i < length && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9) {
                throw notATimestamp(s);
            }
            nanos = digits(s, start, i);
            for (int scale = i - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        if (i == length) {
            throw new IllegalArgumentException("no time zone in '" + s + "': add Z (UTC) or an offset such as +02:00");
        }
        int offsetSeconds = offsetSeconds(s, i);
        if (hour > 23 || minute > 59 || second > 59) {
            throw notATimestamp(s);
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds, nanos);
        } catch (DateTimeException e) {
            throw notATimestamp(s);
        }
    }

    private static Instant epochSeconds(String s) {
        if (s.length() > 12 || Long.parseLong(s) > MAX_EPOCH_SECONDS) {
            throw new IllegalArgumentException(
                    "epoch value " + s + " is beyond 2100: epoch seconds expected (not milliseconds)");
        }
        return Instant.ofEpochSecond(Long.parseLong(s));
    }

    /** Z, ±HH:MM, ±HHMM or ±HH starting at index i, to the end of the text. */
    private static int offsetSeconds(String s, int i) {
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == s.length()) {
            return 0;
        }
        if (sign != '+' && sign != '-') {
            throw notATimestamp(s);
        }
        String rest = s.substring(i + 1);
        int hours;
        int minutes;
        switch (rest.length()) {
            case 2 -> {
                hours = digits(rest, 0, 2);
                minutes = 0;
            }
            case 4 -> {
                hours = digits(rest, 0, 2);
                minutes = digits(rest, 2, 4);
            }
            case 5 -> {
                if (rest.charAt(2) != ':') {
                    throw notATimestamp(s);
                }
                hours = digits(rest, 0, 2);
                minutes = digits(rest, 3, 5);
            }
            default -> throw notATimestamp(s);
        }
        if (hours > 18 || minutes > 59) {
            throw notATimestamp(s);
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                throw notATimestamp(s);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException notATimestamp(String s) {
        return new IllegalArgumentException("not a timestamp: '" + s
                + "' (expected ISO-8601 such as 2026-10-03T08:15:00Z or +02:00, or epoch seconds)");
    }
}

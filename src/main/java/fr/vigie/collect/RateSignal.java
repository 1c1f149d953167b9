package fr.vigie.collect;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a platform says about its rate limit in an answer's headers: the window's {@code limit}
 * (null when not sent), the requests {@code remaining} in it and when it {@code reset}s. Read from
 * {@code RateLimit-*} (Bluesky; IETF draft), {@code X-RateLimit-*} (Mastodon) and
 * {@code x-rate-limit-*} (X). A numeric reset is epoch seconds when it is above {@link #EPOCH_FLOOR}
 * (Bluesky, X), else seconds from now (the IETF draft's delta form); Mastodon's is ISO-8601.
 */
public record RateSignal(@Nullable Integer limit, int remaining, Instant reset) {
    /** 2001-09-09 in epoch seconds: no delta-seconds reset is that large, no epoch reset that small. */
    static final long EPOCH_FLOOR = 1_000_000_000L;

    private static final String[] FAMILIES = {"ratelimit-", "x-ratelimit-", "x-rate-limit-"};

    /**
     * The signal of an answer whose headers are {@code headers} (lower-case names), received at
     * {@code now}; a throttled answer without a remaining count counts as none remaining.
     */
    public static Optional<RateSignal> read(Map<String, String> headers, Instant now, boolean throttled) {
        for (String family : FAMILIES) {
            Optional<Instant> reset = instant(headers.get(family + "reset"), now);
            Integer remaining = integer(headers.get(family + "remaining"));
            if (reset.isPresent() && (remaining != null || throttled)) {
                return Optional.of(new RateSignal(
                        integer(headers.get(family + "limit")),
                        throttled || remaining == null ? 0 : remaining,
                        reset.get()));
            }
        }
        return Optional.empty();
    }

    /** When a throttled answer says to try again: a reset header, else {@code Retry-After}. */
    public static Optional<Instant> retryAt(Map<String, String> headers, Instant now) {
        for (String family : FAMILIES) {
            Optional<Instant> reset = instant(headers.get(family + "reset"), now);
            if (reset.isPresent()) {
                return reset;
            }
        }
        String retryAfter = headers.get("retry-after");
        if (retryAfter == null) {
            return Optional.empty();
        }
        Integer seconds = integer(retryAfter);
        if (seconds != null) {
            return Optional.of(now.plusSeconds(seconds));
        }
        try {
            return Optional.of(ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeException e) {
            return Optional.empty(); // unreadable: the caller's default wait applies
        }
    }

    /** A reset as epoch seconds, delta seconds (by magnitude) or an ISO-8601 timestamp. */
    static Optional<Instant> instant(@Nullable String text, Instant now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("\\d{1,12}")) {
            long number = Long.parseLong(value);
            return Optional.of(
                    number >= EPOCH_FLOOR ? Instant.ofEpochSecond(number) : now.plus(Duration.ofSeconds(number)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty(); // an unreadable reset is no signal
        }
    }

    private static @Nullable Integer integer(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        // the IETF draft allows "limit, policy" lists: the first number is the one in force
        int comma = value.indexOf(',');
        if (comma >= 0) {
            value = value.substring(0, comma).strip();
        }
        return value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
    }
}

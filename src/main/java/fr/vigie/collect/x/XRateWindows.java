package fr.vigie.collect.x;

import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.RawResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What X's last answer on each endpoint said of its rate-limit window ({@code x-rate-limit-remaining},
 * {@code x-rate-limit-reset} in epoch seconds). When a window is spent and resets later than the
 * getter would wait on a 429, asking anyway would only collect refusals: the account fails at once,
 * naming the reset, and is tried again at its next run. Windows last 15 minutes (24 hours on some
 * tiers), so this matters from the second account of a run on.
 */
final class XRateWindows {
    /** The longest wait the getter accepts on a 429 (HttpGetter waits at most 2 minutes). */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private record Window(long remaining, Instant reset) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Remembers the window an answer of {@code response.endpoint()} reported, if it did. */
    void observe(RawResponse response) {
        Long remaining = digits(response.header("x-rate-limit-remaining"));
        Long reset = digits(response.header("x-rate-limit-reset"));
        if (remaining != null && reset != null) {
            windows.put(response.endpoint(), new Window(remaining, Instant.ofEpochSecond(reset)));
        }
    }

    /** Refuses to ask {@code endpoint} when its window is known spent until well after {@code now}. */
    void checkOpen(String endpoint, Instant now) {
        Window window = windows.get(endpoint);
        if (window != null && window.remaining() <= 0 && window.reset().isAfter(now.plus(LONGEST_WAIT))) {
            throw new CollectFailure(endpoint + ": X's rate limit for this endpoint is spent until " + window.reset()
                    + " (x-rate-limit-remaining 0); the account is tried again at its next run");
        }
    }

    private static @Nullable Long digits(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.matches("\\d{1,12}") ? Long.parseLong(v) : null;
    }
}

package fr.vigie.collect;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Spaces the requests to one platform host so that the budget its answers announce lasts until the
 * window resets, instead of spending it and then receiving 429. The rule, with {@code r} the requests
 * estimated to remain in the window and {@code T} its reset:
 *
 * <ul>
 *   <li>nothing known, or the window is over ({@code now ≥ T}): send at once (a new window is full);
 *   <li>{@code r} above half the window's limit: send at once;
 *   <li>{@code 0 < r ≤ limit/2} (or no limit sent): send one request every {@code (T − now) / r},
 *       so the last one leaves just before {@code T};
 *   <li>{@code r ≤ 0}: wait until {@code T}.
 * </ul>
 *
 * Every wait is capped at {@link #MAX_WAIT}. {@code r} counts the requests reserved here, and each
 * answer corrects it: remaining as the platform counted it, minus the requests reserved after the one
 * answered (still to be counted there). Thread-safe: concurrent fetches reserve slots one by one.
 */
public final class RatePacer {
    /** The longest pause the pacer asks for; a farther reset is probed again after it. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(2);

    /** A reservation: its sequence number (hand it back with the answer) and the delay before sending. */
    public record Slot(long sequence, Duration delay) {}

    private @Nullable Integer limit;
    private @Nullable Integer remaining;
    private @Nullable Instant reset;
    private Instant nextSlot = Instant.MIN;
    private long reserved;

    /** Reserves the next request's slot at {@code now}. */
    public synchronized Slot reserve(Instant now) {
        long sequence = ++reserved;
        if (reset != null && !now.isBefore(reset)) {
            remaining = limit; // the window is over: the next one is full, its reset comes with an answer
            reset = null;
        }
        if (reset == null || remaining == null) {
            if (remaining != null) {
                remaining--;
            }
            return new Slot(sequence, Duration.ZERO);
        }
        Instant slot;
        if (remaining <= 0) {
            slot = reset;
        } else if (limit != null && remaining > limit / 2) {
            slot = now;
        } else {
            slot = nextSlot.isAfter(now) ? nextSlot : now;
            Duration spacing =
                    slot.isBefore(reset) ? Duration.between(slot, reset).dividedBy(remaining) : Duration.ZERO;
            nextSlot = slot.plus(spacing);
        }
        remaining--;
        Duration wait = Duration.between(now, slot);
        return new Slot(sequence, wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    /** Takes the signal of the answer to the request reserved as {@code sequence}, received at {@code now}. */
    public synchronized void observe(RateSignal signal, long sequence, Instant now) {
        if (!signal.reset().isAfter(now)) {
            return; // an answer of a window already over
        }
        int estimate = (int) Math.max(Integer.MIN_VALUE, signal.remaining() - (reserved - sequence));
        boolean newWindow = reset == null || signal.reset().isAfter(reset.plusSeconds(1));
        if (newWindow || remaining == null) {
            remaining = estimate;
            reset = signal.reset();
            nextSlot = Instant.MIN;
        } else {
            remaining = Math.min(remaining, estimate);
            if (signal.reset().isAfter(reset)) {
                reset = signal.reset(); // delta-seconds resets drift by rounding: keep the later one
            }
        }
        if (signal.limit() != null) {
            limit = signal.limit();
        }
    }

    /** A throttled answer: nothing is sent before {@code until} (at most {@link #MAX_WAIT} from now). */
    public synchronized void throttled(Instant until, Instant now) {
        Instant capped = until.isAfter(now.plus(MAX_WAIT)) ? now.plus(MAX_WAIT) : until;
        remaining = 0;
        reset = capped.isAfter(now) ? capped : now.plusSeconds(1);
        nextSlot = Instant.MIN;
    }
}

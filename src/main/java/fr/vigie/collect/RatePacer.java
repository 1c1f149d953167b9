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
 * {@code r} is the lowest remaining count the platform answered in this window (its count only
 * decreases, whatever order the answers arrive in) minus the requests reserved here and not answered
 * yet (sent or about to be, so not counted there, or only just). That estimate never exceeds the truth
 * and catches up with each answer. Every wait is capped at {@link #MAX_WAIT}. Thread-safe: concurrent
 * fetches reserve their slots one by one; every {@link #reserve} must be followed by one
 * {@link #answered}.
 */
public final class RatePacer {
    /** The longest pause the pacer asks for; a farther reset is probed again after it. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private @Nullable Integer limit;
    private @Nullable Integer platformRemaining;
    private @Nullable Instant reset;
    private Instant nextSlot = Instant.MIN;
    private int outstanding;

    /** Reserves the next request's slot at {@code now}: the delay before sending it. */
    public synchronized Duration reserve(Instant now) {
        int before = outstanding++;
        if (reset != null && !now.isBefore(reset)) {
            platformRemaining = limit; // the window is over: the next one is full, its reset comes with an answer
            reset = null;
        }
        if (reset == null || platformRemaining == null) {
            return Duration.ZERO;
        }
        int remaining = platformRemaining - before;
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
        Duration wait = Duration.between(now, slot);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /**
     * Ends a reservation: its request was answered at {@code now} with {@code signal} (null when the
     * answer carried none, or when no answer came: timeout, lost connection).
     */
    public synchronized void answered(@Nullable RateSignal signal, Instant now) {
        outstanding = Math.max(0, outstanding - 1);
        if (signal == null || !signal.reset().isAfter(now)) {
            return; // no signal, or the answer of a window already over
        }
        boolean newWindow = reset == null || signal.reset().isAfter(reset.plusSeconds(1));
        if (newWindow || platformRemaining == null) {
            platformRemaining = signal.remaining();
            reset = signal.reset();
            nextSlot = Instant.MIN;
        } else {
            platformRemaining = Math.min(platformRemaining, signal.remaining());
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
        platformRemaining = 0;
        reset = capped.isAfter(now) ? capped : now.plusSeconds(1);
        nextSlot = Instant.MIN;
    }
}

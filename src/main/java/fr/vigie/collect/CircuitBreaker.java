package fr.vigie.collect;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Stops asking a platform host that keeps failing. CLOSED: requests go; after {@code threshold}
 * consecutive failures (5xx, timeouts or resets still failing after their retries) it turns OPEN:
 * requests fail at once, without reaching the network, until the cool-down is over. Then HALF_OPEN:
 * one request goes as a probe (the others still fail at once); its success closes the breaker, its
 * failure opens it for another cool-down. Any answer of the platform, even a 4xx, is a success: the
 * platform is up. Thread-safe.
 */
public final class CircuitBreaker {
    /** Consecutive failures that open the breaker. */
    public static final int THRESHOLD = 5;

    /** How long an open breaker refuses requests before letting a probe through. */
    public static final Duration COOL_DOWN = Duration.ofMinutes(5);

    /** The breaker's state. */
    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final String platform;
    private final int threshold;
    private final Duration coolDown;
    private int failures;
    private @Nullable Instant openUntil;
    private boolean probing;

    public CircuitBreaker(String platform, int threshold, Duration coolDown) {
        this.platform = platform;
        this.threshold = threshold;
        this.coolDown = coolDown;
    }

    public CircuitBreaker(String platform) {
        this(platform, THRESHOLD, COOL_DOWN);
    }

    /** Lets a request through at {@code now}, or throws a failure saying until when the platform is off. */
    public synchronized void admit(Instant now) {
        if (openUntil == null) {
            return;
        }
        if (now.isBefore(openUntil)) {
            throw new CollectFailure(platform + " is unavailable until " + openUntil + " after " + failures
                    + " consecutive failures (circuit breaker open; the account is retried on a later run)");
        }
        if (probing) {
            throw new CollectFailure(platform + " is unavailable: a probe request is checking whether it is back"
                    + " (circuit breaker half open; the account is retried on a later run)");
        }
        probing = true; // half open: this request is the probe
    }

    public synchronized void succeeded() {
        failures = 0;
        openUntil = null;
        probing = false;
    }

    public synchronized void failed(Instant now) {
        failures++;
        if (probing || failures >= threshold) {
            openUntil = now.plus(coolDown);
            probing = false;
        }
    }

    public synchronized State state(Instant now) {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return now.isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }
}

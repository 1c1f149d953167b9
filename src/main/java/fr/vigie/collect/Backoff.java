package fr.vigie.collect;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The pause before retrying a request that timed out, lost its connection or got a 5xx: "full
 * jitter", a uniformly random duration between zero and {@code base × 2^attempt} capped at
 * {@code cap}, so that clients failing together do not retry together. The random source is injected
 * so that tests can pin it.
 */
public final class Backoff {
    public static final Duration BASE = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofSeconds(30);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public Backoff(RandomGenerator random) {
        this(BASE, CAP, random);
    }

    /** The ceiling of the pause before retry number {@code attempt} (0 for the first retry). */
    public Duration ceiling(int attempt) {
        Duration grown = base.multipliedBy(1L << Math.min(attempt, 20));
        return grown.compareTo(cap) > 0 ? cap : grown;
    }

    /** A pause in [0, {@link #ceiling}(attempt)). */
    public Duration delay(int attempt) {
        long ceilingNanos = ceiling(attempt).toNanos();
        return Duration.ofNanos((long) (random.nextDouble() * ceilingNanos));
    }
}

package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    /** A random source always drawing {@code value}. */
    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void theCeilingDoublesFromOneSecondUpToThirtySeconds() {
        var backoff = new Backoff(fixed(0.5));

        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void fullJitterDrawsBetweenZeroAndTheCeiling() {
        assertThat(new Backoff(fixed(0.0)).delay(2)).isZero();
        assertThat(new Backoff(fixed(0.5)).delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(new Backoff(fixed(0.999_999)).delay(2)).isLessThan(Duration.ofSeconds(4));

        var random = new Backoff(new SplittableRandom(7));
        for (int attempt = 0; attempt < 8; attempt++) {
            for (int i = 0; i < 50; i++) {
                assertThat(random.delay(attempt)).isBetween(Duration.ZERO, random.ceiling(attempt));
            }
        }
    }
}

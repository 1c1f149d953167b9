package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private Instant now = Instant.parse("2026-11-29T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void servesAValueAgainWhileFreshThenComputesItAgain() {
        var cache = new PageCache<String>(10, Duration.ofMinutes(5), clock);
        var computed = new AtomicInteger();
        assertThat(cache.get("a", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        assertThat(cache.get("a", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        now = now.plusSeconds(301);
        assertThat(cache.get("a", () -> "v" + computed.incrementAndGet())).isEqualTo("v2");
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        var cache = new PageCache<String>(2, Duration.ofMinutes(5), clock);
        cache.get("a", () -> "a1");
        cache.get("b", () -> "b1");
        cache.get("a", () -> "a2"); // a used again
        cache.get("c", () -> "c1"); // b goes
        assertThat(cache.get("a", () -> "a3")).isEqualTo("a1");
        assertThat(cache.get("b", () -> "b2")).isEqualTo("b2");
    }
}

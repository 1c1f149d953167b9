package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatePacerTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final RatePacer pacer = new RatePacer();

    private Duration reserve(Instant now) {
        return pacer.reserve(now).delay();
    }

    @Test
    void sendsAtOnceWhileNothingIsKnown() {
        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isZero();
    }

    @Test
    void sendsAtOnceWhileMoreThanHalfTheWindowRemains() {
        long sequence = pacer.reserve(T0).sequence();
        pacer.observe(new RateSignal(300, 200, T0.plusSeconds(3)), sequence, T0);

        assertThat(reserve(T0)).isZero();
    }

    @Test
    void spacesTheLastHalfSoThatItLastsUntilTheReset() {
        long sequence = pacer.reserve(T0).sequence();
        pacer.observe(new RateSignal(300, 100, T0.plusSeconds(10)), sequence, T0);

        // 100 left for 10 s: one every 100 ms, the first at once
        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isEqualTo(Duration.ofMillis(100));
        Duration third = reserve(T0);
        assertThat(third).isBetween(Duration.ofMillis(200), Duration.ofMillis(201));
    }

    @Test
    void waitsForTheResetWhenNothingRemainsThenSendsInTheNewWindow() {
        long sequence = pacer.reserve(T0).sequence();
        pacer.observe(new RateSignal(300, 0, T0.plusSeconds(3)), sequence, T0);

        assertThat(reserve(T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(reserve(T0.plusSeconds(3))).isZero();
        assertThat(reserve(T0.plusSeconds(3))).isZero();
    }

    @Test
    void countsTheRequestsReservedAfterTheOneAnswered() {
        long first = pacer.reserve(T0).sequence();
        for (int i = 0; i < 9; i++) {
            pacer.reserve(T0); // nine more in flight, not counted by the platform yet
        }
        // the platform counted only the first: 10 remain for it, so 1 remains for us, then none
        pacer.observe(new RateSignal(20, 10, T0.plusSeconds(5)), first, T0);

        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aThrottledAnswerHoldsEveryRequestUntilItsResetCappedAtTwoMinutes() {
        pacer.throttled(T0.plusSeconds(45), T0);
        assertThat(reserve(T0)).isEqualTo(Duration.ofSeconds(45));

        var other = new RatePacer();
        other.throttled(T0.plus(Duration.ofDays(1)), T0);
        assertThat(other.reserve(T0).delay()).isEqualTo(RatePacer.MAX_WAIT);
    }

    @Test
    void ignoresTheAnswersOfAWindowAlreadyOver() {
        long sequence = pacer.reserve(T0).sequence();
        pacer.observe(new RateSignal(300, 0, T0.minusSeconds(1)), sequence, T0);

        assertThat(reserve(T0)).isZero();
    }
}

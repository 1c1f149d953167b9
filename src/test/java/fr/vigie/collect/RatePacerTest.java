package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatePacerTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final RatePacer pacer = new RatePacer();

    private Duration reserve(Instant now) {
        return pacer.reserve(now);
    }

    /** One request reserved and answered at {@code now} with {@code signal}. */
    private void answer(RateSignal signal, Instant now) {
        pacer.reserve(now);
        pacer.answered(signal, now);
    }

    @Test
    void sendsAtOnceWhileNothingIsKnown() {
        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isZero();
    }

    @Test
    void sendsAtOnceWhileMoreThanHalfTheWindowRemains() {
        answer(new RateSignal(300, 200, T0.plusSeconds(3)), T0);

        assertThat(reserve(T0)).isZero();
    }

    @Test
    void spacesTheLastHalfSoThatItLastsUntilTheReset() {
        answer(new RateSignal(300, 100, T0.plusSeconds(10)), T0);

        // 100 left for 10 s: one every 100 ms, the first at once
        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isEqualTo(Duration.ofMillis(100));
        Duration third = reserve(T0);
        assertThat(third).isBetween(Duration.ofMillis(200), Duration.ofMillis(201));
    }

    @Test
    void waitsForTheResetWhenNothingRemainsThenSendsInTheNewWindow() {
        answer(new RateSignal(300, 0, T0.plusSeconds(3)), T0);

        assertThat(reserve(T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(reserve(T0.plusSeconds(3))).isZero();
        assertThat(reserve(T0.plusSeconds(3))).isZero();
    }

    @Test
    void countsTheRequestsNotAnsweredYetAgainstTheRemainingBudget() {
        for (int i = 0; i < 10; i++) {
            pacer.reserve(T0); // ten in flight
        }
        // the platform counted one of them: 10 remain for it, 9 are still coming, so 1 remains for us
        pacer.answered(new RateSignal(20, 10, T0.plusSeconds(5)), T0);

        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aThrottledAnswerHoldsEveryRequestUntilItsResetCappedAtTwoMinutes() {
        pacer.throttled(T0.plusSeconds(45), T0);
        assertThat(reserve(T0)).isEqualTo(Duration.ofSeconds(45));

        var other = new RatePacer();
        other.throttled(T0.plus(Duration.ofDays(1)), T0);
        assertThat(other.reserve(T0)).isEqualTo(RatePacer.MAX_WAIT);
    }

    @Test
    void answersArrivingOutOfOrderNeverRaiseTheEstimate() {
        for (int i = 0; i < 3; i++) {
            pacer.reserve(T0);
        }
        pacer.answered(new RateSignal(20, 7, T0.plusSeconds(5)), T0); // processed last, answered first
        pacer.answered(new RateSignal(20, 9, T0.plusSeconds(5)), T0);
        pacer.answered(new RateSignal(20, 8, T0.plusSeconds(5)), T0);

        // 7 remain and nothing is in flight: 7 requests spread over 5 s
        assertThat(reserve(T0)).isZero();
        assertThat(reserve(T0)).isEqualTo(Duration.ofSeconds(5).dividedBy(7));
    }

    @Test
    void ignoresTheAnswersOfAWindowAlreadyOver() {
        answer(new RateSignal(300, 0, T0.minusSeconds(1)), T0);

        assertThat(reserve(T0)).isZero();
    }
}

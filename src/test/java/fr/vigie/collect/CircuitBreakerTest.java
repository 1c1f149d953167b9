package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final CircuitBreaker breaker = new CircuitBreaker("api.example", 3, Duration.ofMinutes(5));

    private void failThreeTimes() {
        for (int i = 0; i < 3; i++) {
            breaker.admit(T0);
            breaker.failed(T0);
        }
    }

    @Test
    void staysClosedWhileFailuresAreNotConsecutive() {
        breaker.failed(T0);
        breaker.failed(T0);
        breaker.succeeded();
        breaker.failed(T0);
        breaker.failed(T0);

        assertThat(breaker.state(T0)).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatCode(() -> breaker.admit(T0)).doesNotThrowAnyException();
    }

    @Test
    void opensAfterConsecutiveFailuresAndFailsFastUntilTheCoolDownEnds() {
        failThreeTimes();

        assertThat(breaker.state(T0.plusSeconds(60))).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> breaker.admit(T0.plusSeconds(60)))
                .isInstanceOf(CollectFailure.class)
                .hasMessageContaining("api.example is unavailable until 2026-11-01T10:05:00Z")
                .hasMessageContaining("3 consecutive failures");
    }

    @Test
    void letsOneProbeThroughAfterTheCoolDownAndClosesOnItsSuccess() {
        failThreeTimes();
        Instant later = T0.plus(Duration.ofMinutes(5));

        assertThat(breaker.state(later)).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.admit(later); // the probe
        assertThatThrownBy(() -> breaker.admit(later)).hasMessageContaining("probe");
        breaker.succeeded();

        assertThat(breaker.state(later)).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatCode(() -> breaker.admit(later)).doesNotThrowAnyException();
    }

    @Test
    void aFailedProbeOpensTheBreakerForAnotherCoolDown() {
        failThreeTimes();
        Instant later = T0.plus(Duration.ofMinutes(5));
        breaker.admit(later);
        breaker.failed(later);

        assertThat(breaker.state(later.plusSeconds(1))).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> breaker.admit(later.plusSeconds(1)))
                .hasMessageContaining("unavailable until 2026-11-01T10:10:00Z");
    }
}

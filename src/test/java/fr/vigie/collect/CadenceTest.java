package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aQuietAccountIsVisitedDailyButWhenItsNewPostTurnsOneHourOld() {
        Instant published = NOW.minus(Duration.ofMinutes(20));

        assertThat(Cadence.nextRun(NOW, 2, List.of(published))).isEqualTo(published.plus(Duration.ofHours(1)));
    }

    @Test
    void theNextCheckpointOfAnyRecentPostWins() {
        Instant dayOld = NOW.minus(Duration.ofHours(23));
        Instant weekOld = NOW.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(30));

        assertThat(Cadence.nextRun(NOW, 2, List.of(dayOld, weekOld))).isEqualTo(weekOld.plus(Duration.ofDays(7)));
    }

    @Test
    void checkpointsAfterTheRegularPauseChangeNothing() {
        Instant published = NOW.minus(Duration.ofDays(10));

        assertThat(Cadence.nextRun(NOW, 40, List.of(published))).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(Cadence.nextRun(NOW, 0, List.of())).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void failuresBackOffUpToADay() {
        assertThat(Cadence.afterFailure(1)).isEqualTo(Duration.ofHours(1));
        assertThat(Cadence.afterFailure(3)).isEqualTo(Duration.ofHours(4));
        assertThat(Cadence.afterFailure(9)).isEqualTo(Duration.ofDays(1));
    }
}

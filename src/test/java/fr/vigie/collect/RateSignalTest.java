package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateSignalTest {
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void readsBlueskyResetAsEpochSeconds() {
        var headers = Map.of(
                "ratelimit-limit", "3000",
                "ratelimit-remaining", "2999",
                "ratelimit-reset", Long.toString(NOW.getEpochSecond() + 300),
                "ratelimit-policy", "3000;w=300");

        assertThat(RateSignal.read(headers, NOW, false)).contains(new RateSignal(3000, 2999, NOW.plusSeconds(300)));
    }

    @Test
    void readsASmallResetAsSecondsFromNowLikeTheIetfDraft() {
        var headers = Map.of("ratelimit-limit", "100", "ratelimit-remaining", "40", "ratelimit-reset", "12");

        assertThat(RateSignal.read(headers, NOW, false)).contains(new RateSignal(100, 40, NOW.plusSeconds(12)));
    }

    @Test
    void readsMastodonIsoResetAndXEpochReset() {
        var mastodon = Map.of(
                "x-ratelimit-limit",
                "300",
                "x-ratelimit-remaining",
                "7",
                "x-ratelimit-reset",
                "2026-11-01T10:04:00.000Z");
        var x = Map.of(
                "x-rate-limit-limit",
                "900",
                "x-rate-limit-remaining",
                "0",
                "x-rate-limit-reset",
                Long.toString(NOW.getEpochSecond() + 900));

        assertThat(RateSignal.read(mastodon, NOW, false)).contains(new RateSignal(300, 7, NOW.plusSeconds(240)));
        assertThat(RateSignal.read(x, NOW, false)).contains(new RateSignal(900, 0, NOW.plusSeconds(900)));
    }

    @Test
    void aThrottledAnswerWithOnlyAResetHasNothingRemaining() {
        var headers = Map.of("ratelimit-reset", Long.toString(NOW.getEpochSecond() + 30));

        assertThat(RateSignal.read(headers, NOW, true)).contains(new RateSignal(null, 0, NOW.plusSeconds(30)));
        assertThat(RateSignal.read(headers, NOW, false)).isEmpty();
    }

    @Test
    void ignoresUnreadableOrMissingHeaders() {
        assertThat(RateSignal.read(Map.of(), NOW, false)).isEmpty();
        assertThat(RateSignal.read(Map.of("ratelimit-remaining", "5", "ratelimit-reset", "soon"), NOW, false))
                .isEmpty();
    }

    @Test
    void retryAfterIsUsedWhenNoResetIsSent() {
        assertThat(RateSignal.retryAt(Map.of("retry-after", "20"), NOW)).contains(NOW.plusSeconds(20));
        assertThat(RateSignal.retryAt(Map.of("retry-after", "Sun, 01 Nov 2026 10:01:00 GMT"), NOW))
                .contains(NOW.plusSeconds(60));
        assertThat(RateSignal.retryAt(Map.of(), NOW)).isEmpty();
    }
}

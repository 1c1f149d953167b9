package fr.vigie.collect.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectReport;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.ScriptedServer.Reply;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily quota, held across runs from the archive, and YouTube's own refusals. */
class YouTubeLimitsTest {
    private static final String KEY = "AIzaSyLimitsTestKey00000000000000000000";
    private static final String ACCOUNT = "youtube:@villedemarseille";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;
    private FakeYouTube youtube;

    @BeforeEach
    void open() throws Exception {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "youtube", null, "villedemarseille");
        youtube = new FakeYouTube();
    }

    @AfterEach
    void close() {
        youtube.close();
        store.close();
    }

    private CollectReport collect(long dailyQuota) {
        var connector = new YouTubeConnector(
                youtube.baseUrl(),
                KEY,
                dailyQuota,
                since -> new RawItemTable(store).requestsSince("youtube", since),
                clock.getter());
        return new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock)
                .collect("youtube", null, null, outcome -> {});
    }

    private static void failedWith(CollectReport report, String reason) {
        assertThat(report.accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains(reason));
    }

    @Test
    void theQuotaHoldsAcrossRunsUntilMidnightPacificTime() {
        youtube.wholeChannel();
        assertThat(collect(8).anyFailed()).isFalse();

        clock.now = Instant.parse("2026-11-02T07:59:59Z"); // 23:59:59 in Los Angeles (PST)
        failedWith(collect(8), "YouTube daily quota of 8 units reached; resumes after midnight Pacific time");
        assertThat(youtube.requests()).hasSize(8);

        clock.now = Instant.parse("2026-11-02T08:00:00Z");
        youtube.wholeChannel();
        assertThat(collect(8).anyFailed()).isFalse();
        assertThat(youtube.requests()).hasSize(16);
    }

    @Test
    void neverSendsTheRequestThatWouldExceedTheQuota() {
        youtube.wholeChannel();

        failedWith(collect(3), "YouTube daily quota of 3 units reached");

        assertThat(youtube.requests()).hasSize(3);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item"))
                .isEqualTo(3);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isZero();
    }

    @Test
    void theDayBeginsAtMidnightInLosAngelesAcrossTheChangeOfTime() {
        List<Instant> asked = new ArrayList<>();
        var quota = new YouTubeQuota(10, since -> {
            asked.add(since);
            return Map.of(YouTubeConnector.VIDEOS, 4L, YouTubeConnector.CHANNELS, 5L);
        });

        quota.spend(YouTubeConnector.CHANNELS, Instant.parse("2026-11-01T10:00:00Z"));

        assertThat(asked).containsExactly(Instant.parse("2026-11-01T07:00:00Z")); // midnight PDT
        assertThat(YouTubeQuota.dayStart(Instant.parse("2026-11-02T08:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-02T08:00:00Z")); // midnight PST
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> quota.spend(YouTubeConnector.CHANNELS, Instant.parse("2026-11-01T10:00:01Z")))
                .hasMessageContaining("quota of 10 units");
    }

    @Test
    void aQuotaExceededAnswerStopsTheAccountWithoutWaiting() {
        youtube.then(FakeYouTube.error(403, "error-quota.json", Map.of()));

        failedWith(collect(10_000), "resumes after midnight Pacific time (YouTube answered quotaExceeded)");
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void aRateLimitAnswerIsWaitedForThenRetried() {
        youtube.then(FakeYouTube.error(403, "error-rate-limit.json", Map.of())).wholeChannel();

        assertThat(collect(10_000).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 5, 5, 4, 4));
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void aTooManyRequestsAnswerWaitsWhatRetryAfterSays() {
        youtube.then(Reply.status(429, Map.of("Retry-After", "7"), "{}")).wholeChannel();

        assertThat(collect(10_000).anyFailed()).isFalse();
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aServerErrorIsRetriedThenTheChannelCollected() {
        youtube.then(Reply.status(503, Map.of(), "{}")).wholeChannel();

        assertThat(collect(10_000).anyFailed()).isFalse();
        // one retry after a jittered pause of at most 1 s (full jitter: 0 to 1 s × 2^0)
        assertThat(clock.sleeps)
                .singleElement()
                .satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void anInvalidKeyFailsNamingTheSetting() {
        youtube.then(FakeYouTube.error(400, "error-key-invalid.json", Map.of()));

        failedWith(collect(10_000), "check VIGIE_YOUTUBE_API_KEY");
        assertThat(clock.sleeps).isEmpty();
    }
}

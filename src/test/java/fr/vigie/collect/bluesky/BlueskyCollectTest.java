package fr.vigie.collect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectReport;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlueskyCollectTest {
    private static final String ACCOUNT = "bluesky:@marseille.fr";
    private static final String IMAGE_POST = "at://did:plc:marseillevillexxxxxxxxxx/app.bsky.feed.post/3kimagepost";
    private static final String NO_COUNTS = "at://did:plc:marseillevillexxxxxxxxxx/app.bsky.feed.post/3knocounts";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final List<Duration> sleeps = clock.sleeps;
    private Store store;
    private FakeBluesky bluesky;
    private CollectService service;

    @BeforeEach
    void open() throws Exception {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "bluesky", null, "marseille.fr");
        bluesky = new FakeBluesky();
        var http = clock.getter();
        service = new CollectService(
                store,
                List.of(new BlueskyConnector(bluesky.url(), http)),
                () -> new Pseudonymiser(new byte[32]),
                clock);
    }

    @AfterEach
    void close() {
        bluesky.close();
        store.close();
    }

    private CollectReport collect() {
        return service.collect("bluesky", null, null, outcome -> {});
    }

    private long count(String sql) {
        return StoreInspection.count(store, sql);
    }

    @Test
    void collectsTheAccountsOwnPostsOfEveryPageAndDropsRepostsAndPins() {
        bluesky.wholeFeed();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 2, 2, 0, 0));

        assertThat(bluesky.requests())
                .containsExactly(
                        "/xrpc/app.bsky.actor.getProfile?actor=marseille.fr",
                        "/xrpc/app.bsky.feed.getAuthorFeed?actor=marseille.fr&limit=100",
                        "/xrpc/app.bsky.feed.getAuthorFeed?actor=marseille.fr&limit=100&cursor=2026-10-20T09%3A00%3A00.000Z",
                        "/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Fdid%3Aplc%3Amarseillevillexxxxxxxxxx"
                                + "%2Fapp.bsky.feed.post%2F3kimagepost&depth=50&parentHeight=0");
        assertThat(StoreInspection.strings(store, "SELECT post_id FROM post ORDER BY published_at DESC"))
                .containsExactly(IMAGE_POST, NO_COUNTS);
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', account_id, type, url, array_to_string(hashtags, ','), published_at,"
                                + " source, simulated) FROM post WHERE post_id = ?",
                        IMAGE_POST))
                .containsExactly(ACCOUNT + "|photo|https://bsky.app/profile/marseille.fr/post/3kimagepost"
                        + "|marseille,patrimoine|2026-10-20 09:00:00|collect:bluesky|false");
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', likes, comments, shares, quotes, observed_at) FROM post_metric"
                                + " WHERE post_id = ?",
                        IMAGE_POST))
                .containsExactly("140|5|12|2|2026-11-01 10:00:00");
        assertThat(count("SELECT count(*) FROM post_metric WHERE likes IS NULL AND comments IS NULL AND shares IS NULL"
                        + " AND quotes IS NULL AND post_id = '" + NO_COUNTS + "'"))
                .isEqualTo(1);
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', followers, following, posts_count, observed_at) FROM account_snapshot"))
                .containsExactly("1200|80|350|2026-11-01 10:00:00");
    }

    @Test
    void archivesEveryRawAnswerGzippedWithItsHash() {
        bluesky.wholeFeed();
        collect();

        assertThat(count("SELECT count(*) FROM raw_item WHERE account_id = '" + ACCOUNT + "' AND network = 'bluesky'"
                        + " AND source = 'collect:bluesky' AND length(sha256) = 64"))
                .isEqualTo(3);
        assertThat(StoreInspection.strings(store, "SELECT DISTINCT endpoint FROM raw_item ORDER BY 1"))
                .containsExactly("app.bsky.actor.getProfile", "app.bsky.feed.getAuthorFeed");
    }

    @Test
    void collectingAgainAddsNoPostButANewObservation() {
        bluesky.wholeFeed();
        collect();
        clock.now = clock.now.plus(Duration.ofHours(6));
        bluesky.wholeFeed();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 2, 0, 0, 0));
        assertThat(count("SELECT count(*) FROM post")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM post_metric")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM account_snapshot")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(6);
    }

    @Test
    void waitsUntilTheRateLimitResetsAndRetriesServerErrors() {
        long reset = clock.now.getEpochSecond() + 30;
        bluesky.then(
                        FakeBluesky.status(429, Map.of("RateLimit-Reset", Long.toString(reset))),
                        FakeBluesky.fixture("profile.json"),
                        FakeBluesky.status(500, Map.of()),
                        FakeBluesky.fixture("feed-page-1.json"))
                .then(FakeBluesky.fixture("feed-page-2.json"));

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 2, 2, 0, 0));
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.getFirst()).isEqualTo(Duration.ofSeconds(30));
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(3);
    }

    @Test
    void capsTheWaitOfAFarRateLimitReset() {
        long reset = clock.now.getEpochSecond() + 86_400;
        bluesky.then(FakeBluesky.status(429, Map.of("RateLimit-Reset", Long.toString(reset))))
                .wholeFeed();

        assertThat(collect().anyFailed()).isFalse();
        assertThat(sleeps).singleElement().satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void failsTheAccountAfterThreeRetriesOfServerErrors() {
        bluesky.then(
                FakeBluesky.status(503, Map.of()),
                FakeBluesky.status(503, Map.of()),
                FakeBluesky.status(503, Map.of()),
                FakeBluesky.status(503, Map.of()));

        assertThat(collect().accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains("HTTP 503"));
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void malformedJsonFailsTheAccountButTheAnswerIsArchived() {
        bluesky.then(FakeBluesky.fixture("profile.json"), FakeBluesky.fixture("malformed.json"));

        CollectReport report = collect();

        assertThat(report.anyFailed()).isTrue();
        assertThat(report.accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains("malformed JSON"));
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM post")).isZero();
        assertThat(count("SELECT count(*) FROM account_snapshot")).isZero();
    }

    @Test
    void aClientErrorFailsTheAccountWithTheStatus() {
        bluesky.then(FakeBluesky.status(400, Map.of()));

        assertThat(collect().accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains("HTTP 400"));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void stopsPagingAtPostsOlderThanSince() {
        bluesky.wholeFeed();

        var report = service.collect("bluesky", null, Instant.parse("2026-10-10T00:00:00Z"), outcome -> {});

        assertThat(report.accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 1, 0, 0));
        assertThat(bluesky.requests()).hasSize(4).last().asString().contains("getPostThread");
    }
}

package fr.vigie.collect.x;

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

class XCollectTest {
    private static final String ACCOUNT = "x:@villedemarseille";
    private static final String USER_ID = "1450000000000000123";
    private static final String PHOTO_POST = "1851234567890123457";
    private static final String TWEETS = "/2/users/" + USER_ID + "/tweets?max_results=100&";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;
    private FakeX x;

    @BeforeEach
    void open() throws Exception {
        store = AccountStoreFixture.withTerritories("13055", "Marseille", "93", "Provence-Alpes-Côte d'Azur");
        StoreInspection.addAccount(store, "13055", "x", null, "villedemarseille");
        StoreInspection.addAccount(store, "93", "x", null, "regionsud");
        StoreInspection.addAccount(store, "93", "x", null, "metropoleamp");
        x = new FakeX();
    }

    @AfterEach
    void close() {
        x.close();
        store.close();
    }

    private CollectService service(boolean search) {
        var connector = new XConnector(x.baseUrl(), XContractTest.TOKEN, search, clock.getter());
        return new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock);
    }

    private CollectReport collect() {
        return service(false).collect("x", "13055", null, outcome -> {});
    }

    private long count(String sql) {
        return StoreInspection.count(store, sql);
    }

    private List<String> strings(String sql, Object... params) {
        return StoreInspection.strings(store, sql, params);
    }

    private static void assertFailed(CollectReport report, String... reasonParts) {
        assertThat(report.accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains(reasonParts));
    }

    @Test
    void collectsOwnPostsOfBothPagesAndSkipsRetweetsAsPosts() {
        x.wholeTimeline();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 4, 4, 0, 0));

        assertThat(x.requests()).hasSize(3);
        assertThat(strings("SELECT post_id || ' ' || type FROM post ORDER BY published_at DESC"))
                .containsExactly(
                        PHOTO_POST + " photo",
                        "1851000000000000099 link",
                        "1846000000000000777 video",
                        "1844000000000000555 text");
        assertThat(strings(
                        "SELECT concat_ws('|', account_id, url, array_to_string(hashtags, ','), published_at, source,"
                                + " simulated, text) FROM post WHERE post_id = ?",
                        PHOTO_POST))
                .containsExactly(ACCOUNT + "|https://x.com/villedemarseille/status/" + PHOTO_POST
                        + "|marseille,patrimoine|2026-10-30 09:00:00|collect:x|false|☀️ Le Vieux-Port ce matin 😍"
                        + " #Marseille #Patrimoine avec @MetropoleAMP & vous ! https://t.co/pHoTo1");
        assertThat(strings(
                        "SELECT concat_ws('|', likes, comments, shares, quotes, views, observed_at) FROM post_metric"
                                + " WHERE post_id = ?",
                        PHOTO_POST))
                .containsExactly("140|5|12|2|9876|2026-11-01 10:00:00");
        assertThat(strings("SELECT concat_ws('|', followers, following, posts_count) FROM account_snapshot"))
                .containsExactly("412345|890|23456");
    }

    @Test
    void missingPublicMetricsStayUnknown() {
        x.wholeTimeline();
        collect();

        assertThat(strings("SELECT concat_ws('|', likes, shares, coalesce(comments, -1), coalesce(quotes, -1),"
                        + " coalesce(views, -1)) FROM post_metric WHERE post_id = '1844000000000000555'"))
                .containsExactly("21|3|-1|-1|-1");
    }

    @Test
    void keepsIdsAbove2Pow53ExactlyAndLearnsThePlatformId() {
        x.wholeTimeline();
        collect();

        assertThat((long) (double) 1851234567890123457L).isNotEqualTo(1851234567890123457L);
        assertThat(count("SELECT count(*) FROM post WHERE post_id = '" + PHOTO_POST + "'"))
                .isEqualTo(1);
        assertThat(strings("SELECT platform_id FROM account WHERE account_id = ?", ACCOUNT))
                .containsExactly(USER_ID);
        assertThat(x.requests().get(1)).startsWith(TWEETS);
    }

    @Test
    void recordsRetweetsAsRepostsRepliesToOthersAndMentions() {
        x.wholeTimeline();
        collect();

        assertThat(strings("SELECT concat_ws(' ', post_id, to_handle, kind, published_at) FROM mention ORDER BY 1"))
                .containsExactly(
                        "1851000000000000099 metropoleamp reply 2026-10-27 11:15:00",
                        "1851100000000000003 regionsud repost 2026-10-28 15:30:00",
                        PHOTO_POST + " metropoleamp mention 2026-10-30 09:00:00");
        assertThat(count("SELECT count(*) FROM post WHERE post_id = '1851100000000000003'"))
                .isZero();
    }

    @Test
    void collectingAgainWithTheKnownIdAddsNoPostButANewObservation() {
        x.wholeTimeline();
        collect();
        clock.now = clock.now.plus(Duration.ofHours(6));
        x.wholeTimeline();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 4, 0, 0, 0));
        assertThat(x.requests().get(3)).startsWith("/2/users/" + USER_ID + "?user.fields=");
        assertThat(x.requests().get(4)).contains("&start_time=2026-09-30T09%3A00%3A00Z");
        assertThat(count("SELECT count(*) FROM post")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM post_metric")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM account_snapshot")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM raw_item WHERE source = 'collect:x'"))
                .isEqualTo(6);
    }

    @Test
    void anEmptyTimelineStoresTheSnapshotAndNoPost() {
        x.then(FakeX.fixture("user.json"), FakeX.fixture("tweets-empty.json"));

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 0, 0, 0, 0));
        assertThat(count("SELECT count(*) FROM account_snapshot")).isEqualTo(1);
    }

    @Test
    void waitsUntilTheXRateLimitResetThenSucceeds() {
        String reset = Long.toString(clock.now.getEpochSecond() + 45);
        x.then(FakeX.status(
                        429,
                        "rate-limited.json",
                        Map.of(
                                "x-rate-limit-limit",
                                "900",
                                "x-rate-limit-remaining",
                                "0",
                                "x-rate-limit-reset",
                                reset)))
                .wholeTimeline();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 4, 4, 0, 0));
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(45));
    }

    @Test
    void theMonthlyUsageCapFailsAtOnceWithoutWaiting() {
        x.then(FakeX.fixture("user.json"), FakeX.status(429, "usage-capped.json", Map.of()));

        assertFailed(collect(), "X usage cap exceeded", "UsageCapExceeded", "Monthly product cap");
        assertThat(clock.sleeps).isEmpty();
        assertThat(x.requests()).hasSize(2);
    }

    @Test
    void aSpentRateWindowFailsTheAccountWithoutAskingAgain() {
        String reset = Long.toString(clock.now.getEpochSecond() + 900);
        x.then(
                FakeX.fixture("user.json"),
                FakeX.fixture(
                        "tweets-page-1.json", Map.of("x-rate-limit-remaining", "0", "x-rate-limit-reset", reset)));

        assertFailed(collect(), "2/users/tweets", "spent until 2026-11-01T10:15:00Z");
        assertThat(x.requests()).hasSize(2);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        x.then(FakeX.fixture("user.json"), FakeX.status(503, "rate-limited.json", Map.of()))
                .then(FakeX.fixture("tweets-page-1.json"), FakeX.fixture("tweets-page-2.json"));

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 4, 4, 0, 0));
        // one retry after a jittered pause of at most 1 s (full jitter: 0 to 1 s × 2^0)
        assertThat(clock.sleeps)
                .singleElement()
                .satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void aSuspendedAccountIsRecordedAsSuspended() {
        x.then(FakeX.fixture("user-suspended.json"));

        assertFailed(collect(), "User has been suspended");
        assertThat(strings("SELECT kind FROM account_event WHERE account_id = ?", ACCOUNT))
                .containsExactly("suspended");
    }

    @Test
    void anUnknownAccountIsRecordedAsNotFound() {
        x.then(FakeX.fixture("user-not-found.json"));

        assertFailed(collect(), "Could not find user with username");
        assertThat(strings("SELECT kind FROM account_event WHERE account_id = ?", ACCOUNT))
                .containsExactly("not_found");
    }

    @Test
    void malformedJsonFailsTheAccountButTheAnswerIsArchived() {
        x.then(FakeX.fixture("user.json"), FakeX.fixture("malformed.json"));

        assertFailed(collect(), "malformed JSON");
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM post")).isZero();
    }

    @Test
    void theTokenNeverReachesAFailureTheArchiveOrAnyTable() {
        x.then(FakeX.status(401, "unauthorized.json", Map.of()));
        CollectReport refused = collect();
        x.wholeTimeline();
        collect();

        assertFailed(refused, "HTTP 401", XConnector.TOKEN_SETTING);
        assertThat(((AccountOutcome.Failed) refused.accounts().getFirst()).reason())
                .doesNotContain("secret");
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(3);
        assertThat(StoreInspection.tablesContaining(store, "secret")).isEmpty();
        assertThat(StoreInspection.tablesContaining(store, "Bearer")).isEmpty();
    }

    @Test
    void searchesTheRepliesOfRecentPostsWhenAskedAndPseudonymisesCitizens() {
        x.wholeTimeline().then(FakeX.fixture("search-replies.json"));

        var report = service(true).collect("x", "13055", null, outcome -> {});

        assertThat(report.accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 4, 4, 2, 2));
        assertThat(x.requests())
                .last()
                .asString()
                .startsWith("/2/tweets/search/recent?query=conversation_id%3A" + PHOTO_POST + "&max_results=100&");
        assertThat(x.requests()).hasSize(4);
        assertThat(strings("SELECT concat_ws('|', comment_id, post_id, coalesce(parent_comment_id, '-'), from_account,"
                        + " likes) FROM comment ORDER BY published_at"))
                .containsExactly(
                        "1851300000000000011|" + PHOTO_POST + "|-|false|9",
                        "1851300000000000022|" + PHOTO_POST + "|1851300000000000011|true|3");
        assertThat(strings("SELECT author_pseudonym FROM comment ORDER BY published_at"))
                .last()
                .isEqualTo("account");
        assertThat(StoreInspection.tablesContaining(store, "987654321987654321"))
                .isEmpty();
    }
}

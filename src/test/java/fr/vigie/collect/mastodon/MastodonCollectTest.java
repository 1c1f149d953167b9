package fr.vigie.collect.mastodon;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonCollectTest {
    private static final String ACCOUNT = "mastodon:@marseille@social.marseille.fr";
    private static final String IMAGE_POST = "113400000000000123";
    private static final String STATUSES = "/api/v1/accounts/109302436954721982/statuses?limit=40&exclude_reblogs=true";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final List<Duration> sleeps = clock.sleeps;
    private final List<String> instances = new ArrayList<>();
    private Store store;
    private FakeMastodon mastodon;
    private CollectService service;

    @BeforeEach
    void open() throws Exception {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "mastodon", null, "marseille@social.marseille.fr");
        mastodon = new FakeMastodon();
        var http = clock.getter();
        var connector = new MastodonConnector(
                instance -> {
                    instances.add(instance);
                    return mastodon.url();
                },
                http);
        service = new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock);
    }

    @AfterEach
    void close() {
        mastodon.close();
        store.close();
    }

    private CollectReport collect() {
        return service.collect("mastodon", null, null, outcome -> {});
    }

    private long count(String sql) {
        return StoreInspection.count(store, sql);
    }

    @Test
    void collectsOwnStatusesOfBothPagesFollowingTheLinkHeaderAndDropsReblogs() {
        mastodon.wholeTimeline();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 3, 0, 0));

        assertThat(instances).containsOnly("social.marseille.fr");
        assertThat(mastodon.requests())
                .containsExactly(
                        "/api/v1/accounts/lookup?acct=marseille",
                        STATUSES,
                        STATUSES + "&max_id=113300000000000077",
                        "/api/v1/statuses/113400000000000123/context",
                        "/api/v1/statuses/113300000000000077/context");
        assertThat(StoreInspection.strings(store, "SELECT post_id || ' ' || type FROM post ORDER BY published_at DESC"))
                .containsExactly("113400000000000123 photo", "113300000000000077 link", "113200000000000001 video");
        assertThat(count("SELECT count(*) FROM post WHERE post_id = '113399999999999001'"
                        + " OR post_id = '113400000000000999'"))
                .isZero();
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', account_id, url, array_to_string(hashtags, ','), published_at, source,"
                                + " simulated) FROM post WHERE post_id = ?",
                        IMAGE_POST))
                .containsExactly(ACCOUNT + "|https://social.marseille.fr/@marseille/113400000000000123"
                        + "|patrimoine,marseille|2026-10-20 09:00:00|collect:mastodon|false");
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', likes, comments, shares, coalesce(quotes, -1), observed_at)"
                                + " FROM post_metric WHERE post_id = ?",
                        IMAGE_POST))
                .containsExactly("140|5|12|-1|2026-11-01 10:00:00");
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', followers, following, posts_count, observed_at) FROM account_snapshot"))
                .containsExactly("2400|35|512|2026-11-01 10:00:00");
    }

    @Test
    void turnsTheHtmlContentIntoPlainText() {
        mastodon.wholeTimeline();
        collect();

        assertThat(StoreInspection.strings(store, "SELECT text FROM post WHERE post_id = ?", IMAGE_POST))
                .containsExactly("Le Vieux-Port & le Panier ce matin <3\n\"Magnifique\" dit l'adjointe\n"
                        + "#Patrimoine #marseille");
    }

    @Test
    void keepsIdsAbove2Pow53Exactly() {
        mastodon.wholeTimeline();
        collect();

        // the ids are not exact doubles: read as numbers they would change
        assertThat((long) (double) 113400000000000123L).isNotEqualTo(113400000000000123L);
        assertThat(count("SELECT count(*) FROM post WHERE post_id = '113400000000000123'"))
                .isEqualTo(1);
        assertThat(mastodon.requests().get(1)).contains("/109302436954721982/");
    }

    @Test
    void collectingAgainAddsNoPostButANewObservation() {
        mastodon.wholeTimeline();
        collect();
        clock.now = clock.now.plus(Duration.ofHours(6));
        mastodon.wholeTimeline();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 0, 0, 0));
        assertThat(count("SELECT count(*) FROM post")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM post_metric")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM account_snapshot")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM raw_item WHERE source = 'collect:mastodon'"))
                .isEqualTo(6);
    }

    @Test
    void waitsUntilTheIsoXRateLimitResetThenSucceeds() {
        String reset = clock.now.plusSeconds(45).toString();
        mastodon.then(FakeMastodon.status(
                        429,
                        Map.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset)))
                .wholeTimeline();

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 3, 0, 0));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(45));
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(3);
    }

    @Test
    void malformedJsonFailsTheAccountButTheAnswerIsArchived() {
        mastodon.then(FakeMastodon.fixture("account.json"), FakeMastodon.fixture("malformed.json"));

        CollectReport report = collect();

        assertThat(report.accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains("malformed JSON"));
        assertThat(count("SELECT count(*) FROM raw_item")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM post")).isZero();
        assertThat(count("SELECT count(*) FROM account_snapshot")).isZero();
    }

    @Test
    void stopsPagingAtStatusesOlderThanSince() {
        mastodon.then(
                FakeMastodon.fixture("account.json"),
                FakeMastodon.fixture("statuses-page-1.json", Map.of("Link", FakeMastodon.LINK_TO_PAGE_2)));

        var report = service.collect("mastodon", null, Instant.parse("2026-10-18T00:00:00Z"), outcome -> {});

        assertThat(report.accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 1, 0, 0));
        assertThat(mastodon.requests()).hasSize(3).last().isEqualTo("/api/v1/statuses/113400000000000123/context");
    }

    @Test
    void anUnknownAccountFailsWithTheLookupsStatus() {
        mastodon.then(FakeMastodon.status(404, Map.of()));

        assertThat(collect().accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class,
                        f -> assertThat(f.reason())
                                .contains("api/v1/accounts/lookup")
                                .contains("HTTP 404"));
        assertThat(sleeps).isEmpty();
    }
}

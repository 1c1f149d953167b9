package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fr.vigie.VigieException;
import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectReport;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookCollectTest {
    private static final String ACCOUNT = "facebook:@villedemarseille";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private WireMockServer graph;
    private Store store;
    private CollectService service;

    @BeforeEach
    void open() {
        graph = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        graph.start();
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "facebook", null, "villedemarseille");
        service = service(GraphStubs.TOKEN);
    }

    private CollectService service(String token) {
        var connector = new FacebookConnector(graph.baseUrl(), token, clock.getter(), clock.sleeps::add);
        return new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock);
    }

    @AfterEach
    void close() {
        graph.stop();
        store.close();
    }

    private CollectReport collect() {
        return service.collect("facebook", null, null, outcome -> {});
    }

    private List<String> strings(String sql, Object... params) {
        return StoreInspection.strings(store, sql, params);
    }

    @Test
    void collectsThePageItsPostsOfBothPagesAndTheirComments() {
        GraphStubs.facebookPage(graph, "villedemarseille");

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 3, 3, 3));

        assertThat(strings("SELECT concat_ws('|', followers, coalesce(following, -1), coalesce(posts_count, -1))"
                        + " FROM account_snapshot"))
                .containsExactly("412345|-1|-1");
        assertThat(strings("SELECT platform_id FROM account")).containsExactly(GraphStubs.PAGE_ID);
        assertThat(strings("SELECT concat_ws('|', post_id, type, published_at, url, array_to_string(hashtags, ','))"
                        + " FROM post ORDER BY published_at DESC"))
                .containsExactly(
                        GraphStubs.PHOTO_POST + "|photo|2026-10-20 09:00:00|https://www.facebook.com/108824017345866"
                                + "/posts/1234567890123456|marseille,patrimoine",
                        GraphStubs.LINK_POST + "|link|2026-10-18 16:30:00|https://www.facebook.com/108824017345866"
                                + "/posts/1234567890120002|",
                        GraphStubs.VIDEO_POST + "|video|2026-10-10 07:15:00|https://www.facebook.com/108824017345866"
                                + "/videos/1234567890100003|");
        assertThat(strings("SELECT text FROM post WHERE post_id = ?", GraphStubs.PHOTO_POST))
                .containsExactly("Le Vieux-Port ce matin \uD83C\uDF05☀️ #Marseille #Patrimoine");
        assertThat(strings("SELECT concat_ws('|', post_id, coalesce(likes, -1), coalesce(comments, -1),"
                        + " coalesce(shares, -1)) FROM post_metric ORDER BY post_id"))
                .containsExactly(
                        GraphStubs.VIDEO_POST + "|-1|-1|-1",
                        GraphStubs.LINK_POST + "|3|0|-1",
                        GraphStubs.PHOTO_POST + "|152|3|12");
    }

    @Test
    void commentsKeepTheirParentAndTheAccountsRepliesPseudonymiseCitizensAndMarkUnknownAuthors() {
        GraphStubs.facebookPage(graph, "villedemarseille");
        collect();

        var pseudonyms = new Pseudonymiser(new byte[32]);
        assertThat(strings("SELECT concat_ws('|', comment_id, post_id, coalesce(parent_comment_id, '-'),"
                        + " author_pseudonym, from_account, published_at, coalesce(likes, -1)) FROM comment"
                        + " ORDER BY published_at"))
                .containsExactly(
                        "1234567890123456_9007199254740993|" + GraphStubs.PHOTO_POST + "|-|"
                                + pseudonyms.pseudonym("facebook", "5566778899001122") + "|false|2026-10-20 10:12:00|2",
                        "1234567890123456_9007199254740995|" + GraphStubs.PHOTO_POST + "|-|"
                                + "unknown|false|2026-10-20 11:00:00|0",
                        "1234567890123456_9007199254740997|" + GraphStubs.PHOTO_POST
                                + "|1234567890123456_9007199254740995|account|true|2026-10-20 13:30:00|1");
        assertThat(StoreInspection.tablesContaining(store, "5566778899001122")).isEmpty();
    }

    @Test
    void asksCommentsOnlyOfPostsWhoseSummaryIsNotZero() {
        GraphStubs.facebookPage(graph, "villedemarseille");
        collect();

        assertThat(graph.getAllServeEvents())
                .extracting(e -> e.getRequest().getUrl())
                .noneMatch(url -> url.startsWith("/" + GraphStubs.LINK_POST))
                .anyMatch(url -> url.startsWith("/" + GraphStubs.PHOTO_POST) && url.contains("filter%28stream%29"));
    }

    @Test
    void collectingAgainAddsNoPostButANewObservation() {
        GraphStubs.facebookPage(graph, "villedemarseille");
        collect();
        clock.now = clock.now.plus(Duration.ofHours(6));

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 0, 3, 0));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isEqualTo(3);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post_metric"))
                .isEqualTo(6);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM comment")).isEqualTo(3);
    }

    @Test
    void sendsSinceAsUnixSeconds() {
        GraphStubs.facebookPage(graph, "villedemarseille");

        service.collect("facebook", null, Instant.parse("2026-10-15T00:00:00Z"), outcome -> {});

        graph.verify(anyRequestedFor(urlPathEqualTo("/" + GraphStubs.PAGE_ID + "/posts"))
                .withQueryParam("since", equalTo("1792022400")));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isEqualTo(2);
    }

    @Test
    void anEmptyPageOfPostsEndsTheCollection() {
        graph.stubFor(get(urlPathEqualTo("/villedemarseille")).willReturn(GraphStubs.fixture("fb-page.json")));
        graph.stubFor(get(urlPathEqualTo("/" + GraphStubs.PAGE_ID + "/posts"))
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 0, 0, 0, 0));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM account_snapshot"))
                .isEqualTo(1);
    }

    @Test
    void waitsOnAThrottlingErrorCodeThenSucceeds() {
        GraphStubs.facebookPage(graph, "villedemarseille");
        graph.stubFor(get(urlPathEqualTo("/" + GraphStubs.PAGE_ID + "/posts"))
                .atPriority(1)
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(GraphStubs.error(400, 4, 0, "(#4) Application request limit reached"))
                .willSetStateTo("calm"));

        assertThat(collect().accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 3, 3, 3));
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void persistentThrottlingFailsTheAccountWithTheCode() {
        graph.stubFor(get(anyUrl()).willReturn(GraphStubs.error(403, 32, 0, "(#32) Page request limit reached")));

        assertThat(collect().accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class,
                        f -> assertThat(f.reason()).contains("throttles").contains("Meta error 32"));
        assertThat(clock.sleeps).hasSize(3);
    }

    @Test
    void pausesWhenTheAppUsageHeaderReaches95Percent() {
        GraphStubs.facebookPage(graph, "villedemarseille");
        graph.stubFor(get(urlPathEqualTo("/villedemarseille"))
                .atPriority(1)
                .willReturn(GraphStubs.fixture("fb-page.json")
                        .withHeader("X-App-Usage", "{\"call_count\":95,\"total_time\":40,\"total_cputime\":12}")));

        collect();

        assertThat(clock.sleeps).containsExactly(Duration.ofMinutes(15));
    }

    @Test
    void theTokenTravelsInTheAuthorizationHeaderOnlyAndNeverReachesTheArchive() {
        GraphStubs.facebookPage(graph, "villedemarseille");
        collect();

        assertThat(graph.getAllServeEvents()).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + GraphStubs.TOKEN);
            assertThat(event.getRequest().getUrl()).doesNotContain(GraphStubs.TOKEN);
        });
        var raw = new RawItemTable(store);
        for (var fetch : raw.fetches("facebook", null)) {
            assertThat(raw.responses(fetch.fetchId())).allSatisfy(r -> {
                assertThat(new String(r.payload(), StandardCharsets.UTF_8)).doesNotContain(GraphStubs.TOKEN);
                assertThat(r.endpoint()).doesNotContain(GraphStubs.TOKEN);
            });
        }
        assertThat(strings("SELECT count(*) FROM raw_item WHERE sha256 IS NULL"))
                .containsExactly("0");
        assertThat(StoreInspection.tablesContaining(store, GraphStubs.TOKEN)).isEmpty();
    }

    @Test
    void anExpiredTokenFailsWithTheSettingToRenewAndNeverTheToken() {
        graph.stubFor(get(anyUrl())
                .willReturn(GraphStubs.error(
                        400, 190, 463, "Malformed access token " + GraphStubs.TOKEN + " (session expired)")));

        assertThat(collect().accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class,
                        f -> assertThat(f.reason())
                                .contains("VIGIE_META_ACCESS_TOKEN")
                                .contains("190")
                                .doesNotContain(GraphStubs.TOKEN));
        assertThat(StoreInspection.tablesContaining(store, GraphStubs.TOKEN)).isEmpty();
    }

    @Test
    void aMissingTokenIsNamed() {
        var connector = FacebookConnector.fromEnvironment(java.util.Map.of(), clock.getter());
        assertThat(connector.missingSetting()).isEqualTo("VIGIE_META_ACCESS_TOKEN");

        assertThatThrownBy(() -> service("").collect("facebook", null, null, outcome -> {}))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_META_ACCESS_TOKEN");
    }

    @Test
    void anUnknownPageIsRecordedAsNotFound() {
        graph.stubFor(get(anyUrl())
                .willReturn(GraphStubs.error(404, 803, 0, "(#803) Some of the aliases you requested do not exist")));

        collect();

        assertThat(strings("SELECT kind FROM account_event")).containsExactly("not_found");
    }
}

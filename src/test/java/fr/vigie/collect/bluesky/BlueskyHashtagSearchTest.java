package fr.vigie.collect.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.VigieException;
import fr.vigie.collect.HashtagCollection;
import fr.vigie.collect.HashtagReport;
import fr.vigie.collect.StepClock;
import fr.vigie.collect.TagOutcome;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlueskyHashtagSearchTest {
    private static final String PASSWORD = "abcd-efgh-ijkl-mnop";
    private static final String SEARCH = "/xrpc/app.bsky.feed.searchPosts";

    private final WireMockServer pds =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;

    @BeforeEach
    void start() {
        pds.start();
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "bluesky", BlueskyStubs.DID, "marseille.fr");
        StoreInspection.update(
                store,
                "INSERT INTO territory_hashtag (territory_code, tag, source) VALUES ('13055', 'marseille', 'test')");
    }

    @AfterEach
    void stop() {
        pds.stop();
        store.close();
    }

    private BlueskyHashtagSearch search(String identifier, String password) {
        return new BlueskyHashtagSearch(
                pds.baseUrl(), identifier, password, clock.getter(), HttpClient.newHttpClient());
    }

    private HashtagReport collect(BlueskyHashtagSearch search) {
        return new HashtagCollection(store, List.of(search), () -> new Pseudonymiser(new byte[32]))
                .collect(List.of("bluesky"), List.of(), null, t -> {});
    }

    private void stubSession() {
        pds.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession"))
                .willReturn(BlueskyStubs.json("session.json")));
    }

    private void stubSearch(String accessJwt) {
        pds.stubFor(get(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer " + accessJwt))
                .withQueryParam("tag", equalTo("marseille"))
                .withQueryParam("q", equalTo("#marseille"))
                .withQueryParam("cursor", absent())
                .willReturn(BlueskyStubs.json("search-tag-1.json")));
        pds.stubFor(get(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer " + accessJwt))
                .withQueryParam("tag", equalTo("marseille"))
                .withQueryParam("cursor", equalTo("s2"))
                .willReturn(BlueskyStubs.json("search-tag-2.json")));
        pds.stubFor(get(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer " + accessJwt))
                .withQueryParam("tag", absent())
                .withQueryParam("q", equalTo("#marseille"))
                .willReturn(BlueskyStubs.json("search-text.json")));
    }

    private static String uri(String pseudonym, String rkey, long likes) {
        return "at://" + pseudonym + "/app.bsky.feed.post/" + rkey + "|" + pseudonym + "|" + likes;
    }

    @Test
    void storesCitizensPostsWithTheTagInAFacetOrInPlainTextAndLeavesOutTheAccountsOwn() {
        stubSession();
        stubSearch("eyJ.access-one.sig");

        HashtagReport report = collect(search("vigie-bot.bsky.social", PASSWORD));

        assertThat(report.tags()).containsExactly(new TagOutcome.Done("bluesky", "marseille", "13055", 4, 1, 3));
        var pseudonyms = new fr.vigie.privacy.Pseudonymiser(new byte[32]);
        // the author's DID in the post's at:// URI becomes the author's pseudonym
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT post_id || '|' || author_pseudonym || '|' || coalesce(likes, -1) FROM citizen_post"
                                + " ORDER BY published_at"))
                .containsExactly(
                        uri(pseudonyms.pseudonym("bluesky", "did:plc:photographexxxxxxxxxxxxx"), "3kold", -1),
                        uri(pseudonyms.pseudonym("bluesky", "did:plc:plaintextxxxxxxxxxxxxxxx"), "3kplain", 3),
                        uri(pseudonyms.pseudonym("bluesky", "did:plc:citoyenxxxxxxxxxxxxxxxxx"), "3kcit1", 3));
        assertThat(StoreInspection.tablesContaining(store, "did:plc:citoyen")).isEmpty();
        assertThat(StoreInspection.count(
                        store,
                        "SELECT count(*) FROM citizen_post WHERE author_pseudonym LIKE 'c\\_%' ESCAPE '\\'"
                                + " AND territory_code = '13055' AND NOT simulated"))
                .isEqualTo(3);
        assertThat(StoreInspection.count(
                        store, "SELECT count(*) FROM citizen_post WHERE author_pseudonym LIKE 'did:%'"))
                .isZero();
        assertThat(StoreInspection.count(
                        store, "SELECT count(*) FROM raw_item WHERE account_id IS NULL AND network = 'bluesky'"))
                .isEqualTo(3);
        pds.verify(
                1,
                postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.createSession"))
                        .withRequestBody(equalToJson(
                                "{\"identifier\":\"vigie-bot.bsky.social\",\"password\":\"" + PASSWORD + "\"}")));
    }

    @Test
    void collectingAgainAddsNothing() {
        stubSession();
        stubSearch("eyJ.access-one.sig");
        BlueskyHashtagSearch search = search("vigie-bot.bsky.social", PASSWORD);
        collect(search);

        assertThat(collect(search).tags())
                .singleElement()
                .isInstanceOfSatisfying(
                        TagOutcome.Done.class, done -> assertThat(done.added()).isZero());
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM citizen_post"))
                .isEqualTo(3);
        pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.createSession")));
    }

    @Test
    void renewsAnExpiredAccessTokenWithTheRefreshToken() {
        stubSession();
        pds.stubFor(get(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer eyJ.access-one.sig"))
                .willReturn(BlueskyStubs.error(400, "ExpiredToken", "Token has expired")));
        pds.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.refreshSession"))
                .withHeader("Authorization", equalTo("Bearer eyJ.refresh-one.sig"))
                .willReturn(BlueskyStubs.json("session-refreshed.json")));
        stubSearch("eyJ.access-two.sig");

        assertThat(collect(search("vigie-bot.bsky.social", PASSWORD)).tags())
                .containsExactly(new TagOutcome.Done("bluesky", "marseille", "13055", 4, 1, 3));
        pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.refreshSession")));
    }

    @Test
    void neitherThePasswordNorATokenReachesTheArchiveOrAMessage() {
        stubSession();
        stubSearch("eyJ.access-one.sig");
        collect(search("vigie-bot.bsky.social", PASSWORD));
        pds.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession"))
                .atPriority(1)
                .willReturn(BlueskyStubs.error(
                        401, "AuthenticationRequired", "Invalid identifier or password " + PASSWORD)));

        HashtagReport refused = collect(search("vigie-bot.bsky.social", PASSWORD));

        for (String secret : List.of(PASSWORD, "access-one", "refresh-one")) {
            assertThat(StoreInspection.tablesContaining(store, secret)).isEmpty();
        }
        assertThat(StoreInspection.strings(store, "SELECT DISTINCT endpoint FROM raw_item"))
                .containsExactly("app.bsky.feed.searchPosts");
        assertThat(refused.tags())
                .singleElement()
                .isInstanceOfSatisfying(
                        TagOutcome.Failed.class,
                        failed -> assertThat(failed.reason())
                                .contains("createSession: HTTP 401 AuthenticationRequired")
                                .contains(BlueskyHashtagSearch.PASSWORD_SETTING)
                                .doesNotContain(PASSWORD));
    }

    @Test
    void namesTheMissingSettingAndSkipsTheNetworkWhenEveryNetworkIsAsked() {
        BlueskyHashtagSearch search = BlueskyHashtagSearch.fromEnvironment(
                Map.of(BlueskyHashtagSearch.IDENTIFIER_SETTING, "vigie-bot.bsky.social"), clock.getter());
        var collection = new HashtagCollection(store, List.of(search), () -> new Pseudonymiser(new byte[32]));

        assertThatThrownBy(() -> collection.collect(List.of("bluesky"), List.of(), null, t -> {}))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_BLUESKY_APP_PASSWORD");
        assertThat(collection.collect(List.of(), List.of(), null, t -> {}).skippedNetworks())
                .containsEntry("bluesky", "VIGIE_BLUESKY_APP_PASSWORD");
        pds.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }
}

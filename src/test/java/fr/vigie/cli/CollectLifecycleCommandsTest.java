package fr.vigie.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.bluesky.BlueskyConnector;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `vigie collect status`, `vigie remap`, `vigie accounts status|history` on a store collected from a local AppView. */
class CollectLifecycleCommandsTest {
    private static final String PROFILE = """
            {"did": "did:plc:marseillevillexxxxxxxxxx", "handle": "marseille.fr", "followersCount": 1200,
             "followsCount": 80, "postsCount": 350}""";
    private static final String FEED = """
            {"feed": [{"post": {"uri": "at://did:plc:marseillevillexxxxxxxxxx/app.bsky.feed.post/3kpost",
              "cid": "bafy", "author": {"did": "did:plc:marseillevillexxxxxxxxxx", "handle": "marseille.fr"},
              "record": {"$type": "app.bsky.feed.post", "text": "Conseil municipal 🎉", "createdAt": "2026-10-05T17:30:00.000Z"},
              "likeCount": 4, "replyCount": 0, "repostCount": 1, "quoteCount": 0,
              "indexedAt": "2026-10-05T17:30:01.000Z"}}]}""";

    @TempDir
    Path dir;

    private WireMockServer appView;
    private String appViewUrl;
    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() {
        HomeStore.marseille(dir, "bluesky", "marseille.fr", "x", "marseille");
        appView = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        appView.start();
        appViewUrl = appView.baseUrl();
        appView.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")).willReturn(okJson(PROFILE)));
        appView.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getAuthorFeed")).willReturn(okJson(FEED)));
    }

    @AfterEach
    void stop() {
        appView.stop();
    }

    private int vigie(String... args) {
        return terminal.atStore(dir, Map.of(BlueskyConnector.URL_SETTING, appViewUrl), args);
    }

    @Test
    void statusShowsTheLastSuccessAndTheLastError() {
        vigie("collect", "--network", "bluesky");
        appView.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile"))
                .willReturn(
                        aResponse().withStatus(400).withBody("{\"error\":\"InvalidRequest\",\"message\":\"nope\"}")));
        vigie("collect", "--network", "bluesky");
        terminal.clearOut();

        assertThat(vigie("collect", "status", "--failing")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("bluesky:@marseille.fr")
                .contains("(1 in a row)")
                .contains("HTTP 400")
                .doesNotContain("x:@marseille")
                .contains("1 accounts");
    }

    @Test
    void remapRebuildsFromTheSealedArchiveWithoutTheNetwork() {
        vigie("collect", "--network", "bluesky");
        appView.stop();
        terminal.clearOut();

        try (Store store = Store.open(HomeStore.file(dir))) {
            assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item WHERE sealed"))
                    .isEqualTo(2);
            assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item WHERE NOT sealed"))
                    .isZero();
        }
        assertThat(vigie("remap", "--network", "bluesky")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("bluesky:@marseille.fr: 1 fetches replayed (0 unmappable), 1 posts, 0 comments")
                .contains("1 accounts rebuilt");
    }

    @Test
    void aMigratedAccountIsDatedAndNoLongerCollected() {
        assertThat(vigie(
                        "accounts",
                        "status",
                        "x",
                        "@marseille",
                        "migrated",
                        "--since",
                        "2025-01-20",
                        "--to",
                        "bluesky:marseille.fr"))
                .isEqualTo(ExitCodes.OK);
        assertThat(vigie("accounts", "history")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("x:@marseille is migrated since 2025-01-20")
                .contains("2025-01-20  x:@marseille")
                .contains("migrated     to bluesky:@marseille.fr");

        terminal.clearOut();
        vigie("collect", "--network", "bluesky");
        assertThat(terminal.out()).contains("1 accounts collected, 0 failed");
    }

    @Test
    void aMigrationMustNameARegisteredSuccessor() {
        assertThat(vigie("accounts", "status", "x", "@marseille", "migrated", "--to", "bluesky:nobody.example"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("--to: no registered bluesky account 'nobody.example'");
    }
}

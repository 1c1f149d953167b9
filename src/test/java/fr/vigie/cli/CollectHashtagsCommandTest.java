package fr.vigie.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.mastodon.MastodonConnector;
import fr.vigie.collect.mastodon.MastodonHashtagSearch;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectHashtagsCommandTest {
    @TempDir
    Path dir;

    private final WireMockServer instance =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() {
        instance.start();
        try (Store store = Store.open(HomeStore.file(dir))) {
            AccountStoreFixture.seedTerritories(store, "13055", "Marseille");
            StoreInspection.update(
                    store,
                    "INSERT INTO territory_hashtag (territory_code, tag, source) VALUES ('13055', 'vieuxport', 'test')");
        }
    }

    @AfterEach
    void stop() {
        instance.stop();
    }

    private int vigie(String... args) {
        return terminal.atStore(
                dir,
                Map.of(
                        MastodonConnector.URL_SETTING,
                        instance.baseUrl(),
                        MastodonHashtagSearch.INSTANCES_SETTING,
                        "social.marseille.fr"),
                args);
    }

    @Test
    void searchesTheMastodonTagTimelineAndSkipsBlueskyWithoutItsAppPassword() {
        instance.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/vieuxport"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"id\":\"1\",\"uri\":\"https://i.tld/users/a/statuses/1\","
                                + "\"created_at\":\"2026-10-30T08:00:00.000Z\",\"content\":\"<p>#VieuxPort</p>\","
                                + "\"account\":{\"id\":\"7\",\"acct\":\"a@i.tld\"},"
                                + "\"tags\":[{\"name\":\"vieuxport\"}],\"media_attachments\":[],\"reblog\":null}]")));

        assertThat(vigie("collect", "hashtags", "--territory", "13055")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("mastodon #vieuxport (13055) ok (1 posts, 0 from registered accounts left out, 1 new)")
                .contains("bluesky skipped: set VIGIE_BLUESKY_IDENTIFIER")
                .contains("1 hashtags collected, 0 failed");
    }

    @Test
    void refusesBlueskyAskedByNameWithoutItsSettings() {
        assertThat(vigie("collect", "hashtags", "--network", "bluesky")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("VIGIE_BLUESKY_IDENTIFIER");
    }

    @Test
    void helpShowsExamples() {
        assertThat(vigie("collect", "hashtags", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("Examples:").contains("vigie collect hashtags --network mastodon");
    }
}

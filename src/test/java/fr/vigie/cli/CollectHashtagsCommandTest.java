package fr.vigie.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.Main;
import fr.vigie.collect.mastodon.MastodonConnector;
import fr.vigie.collect.mastodon.MastodonHashtagSearch;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectHashtagsCommandTest {
    @TempDir
    Path dir;

    private Path storeFile;
    private final WireMockServer instance =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() {
        instance.start();
        storeFile = dir.resolve("vigie.duckdb");
        try (Store store = Store.open(storeFile)) {
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
        List<String> all = new ArrayList<>(List.of("--home", dir.toString(), "--store", storeFile.toString()));
        all.addAll(List.of(args));
        return Main.run(
                all.toArray(String[]::new),
                Map.of(
                        MastodonConnector.URL_SETTING,
                        instance.baseUrl(),
                        MastodonHashtagSearch.INSTANCES_SETTING,
                        "social.marseille.fr"),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
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
        assertThat(out.toString())
                .contains("mastodon #vieuxport (13055) ok (1 posts, 0 from registered accounts left out, 1 new)")
                .contains("bluesky skipped: set VIGIE_BLUESKY_IDENTIFIER")
                .contains("1 hashtags collected, 0 failed");
    }

    @Test
    void refusesBlueskyAskedByNameWithoutItsSettings() {
        assertThat(vigie("collect", "hashtags", "--network", "bluesky")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("VIGIE_BLUESKY_IDENTIFIER");
    }

    @Test
    void helpShowsExamples() {
        assertThat(vigie("collect", "hashtags", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Examples:").contains("vigie collect hashtags --network mastodon");
    }
}

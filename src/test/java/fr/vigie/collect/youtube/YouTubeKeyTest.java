package fr.vigie.collect.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.ScriptedServer.Reply;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API key travels in the query string: it must never reach a message, a label or the archive. */
class YouTubeKeyTest {
    private static final String KEY = "AIzaSySecretKeyNeverShown0000000000000";
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));

    @Test
    void theKeyNeverReachesTheArchiveTheLabelsNorAFailure() throws Exception {
        try (Store store = AccountStoreFixture.withTerritories("13055", "Marseille");
                FakeYouTube youtube = new FakeYouTube()) {
            StoreInspection.addAccount(store, "13055", "youtube", null, "villedemarseille");
            var connector = new YouTubeConnector(
                    youtube.baseUrl(),
                    KEY,
                    10_000,
                    since -> new RawItemTable(store).requestsSince("youtube", since),
                    clock.getter());
            var service = new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock);
            youtube.wholeChannel()
                    .then(Reply.status(
                            403,
                            Map.of(),
                            "{\"error\":{\"code\":403,\"message\":\"Requests from key " + KEY
                                    + " are blocked.\",\"errors\":[{\"reason\":\"forbidden\"}]}}"));

            service.collect("youtube", null, null, outcome -> {});
            var second = service.collect("youtube", null, null, outcome -> {});

            // the key travels in Google's X-Goog-Api-Key header, never in a URL
            assertThat(youtube.requests()).allSatisfy(uri -> assertThat(uri).doesNotContain(KEY, "key="));
            assertThat(youtube.requestHeaders()).allSatisfy(h -> assertThat(h).containsEntry("x-goog-api-key", KEY));
            assertThat(second.accounts())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            AccountOutcome.Failed.class,
                            f -> assertThat(f.reason())
                                    .contains("channels.list: HTTP 403 forbidden", "<key>")
                                    .doesNotContain(KEY));
            assertThat(StoreInspection.tablesContaining(store, KEY)).isEmpty();
            assertThat(StoreInspection.strings(store, "SELECT DISTINCT endpoint FROM raw_item ORDER BY 1"))
                    .containsExactly("channels.list", "commentThreads.list", "playlistItems.list", "videos.list");
            var raw = new RawItemTable(store);
            for (var fetch : raw.fetches("youtube", null)) {
                assertThat(raw.responses(fetch.fetchId()))
                        .allSatisfy(r -> assertThat(new String(r.payload(), StandardCharsets.UTF_8)
                                        + r.endpoint()
                                        + r.contentType()
                                        + r.source())
                                .doesNotContain(KEY));
            }
        }
    }

    @Test
    void aConnectionFailureNamesTheEndpointNotTheAddress() throws Exception {
        String closed;
        try (FakeYouTube youtube = new FakeYouTube()) {
            closed = youtube.baseUrl();
        }
        var connector = new YouTubeConnector(closed, KEY, 10_000, since -> Map.of(), clock.getter());
        List<RawResponse> archived = new ArrayList<>();

        assertThatThrownBy(() -> connector.fetch(new CollectTarget("a", "villedemarseille", null), null, archived::add))
                .isInstanceOf(CollectFailure.class)
                .hasMessageStartingWith("channels.list")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY, "key="));
    }

    @Test
    void aMissingKeyIsNamedAndAWrongQuotaRefused() {
        var http = clock.getter();
        assertThat(YouTubeConnector.fromEnvironment(Map.of(), http, since -> Map.of())
                        .missingSetting())
                .isEqualTo("VIGIE_YOUTUBE_API_KEY");
        assertThat(YouTubeConnector.fromEnvironment(Map.of("VIGIE_YOUTUBE_API_KEY", KEY), http, since -> Map.of())
                        .missingSetting())
                .isNull();
        assertThatThrownBy(() -> YouTubeConnector.fromEnvironment(
                        Map.of("VIGIE_YOUTUBE_API_KEY", KEY, "VIGIE_YOUTUBE_DAILY_QUOTA", "lots"), http, s -> Map.of()))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_YOUTUBE_DAILY_QUOTA")
                .hasMessageNotContaining(KEY);
    }
}

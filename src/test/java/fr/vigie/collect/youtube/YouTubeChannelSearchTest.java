package fr.vigie.collect.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.AccountSearch.Candidate;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.StepClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YouTubeChannelSearchTest {
    private static final String KEY = "AIzaSyTEST-discovery-key";
    private static final String FOUND = """
            {"kind": "youtube#searchListResponse", "items": [
              {"kind": "youtube#searchResult", "id": {"kind": "youtube#channel", "channelId": "UCmarseille000000000000"},
               "snippet": {"channelId": "UCmarseille000000000000", "title": "Ville de Marseille"}}]}""";
    private static final String CHANNELS = """
            {"kind": "youtube#channelListResponse", "items": [
              {"kind": "youtube#channel", "id": "UCmarseille000000000000",
               "snippet": {"title": "Ville de Marseille", "customUrl": "@VilleDeMarseille",
                           "description": "La chaîne officielle de la Ville. https://www.marseille.fr"},
               "statistics": {"subscriberCount": "12400", "hiddenSubscriberCount": false}}]}""";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final List<RawResponse> archived = new ArrayList<>();
    private WireMockServer youtube;

    @BeforeEach
    void start() {
        youtube = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        youtube.start();
        youtube.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson(FOUND)));
        youtube.stubFor(get(urlPathEqualTo("/channels")).willReturn(okJson(CHANNELS)));
    }

    @AfterEach
    void stop() {
        youtube.stop();
    }

    /** A search whose quota counts what this test archived, as the store would. */
    private YouTubeChannelSearch search(long dailyQuota) {
        return new YouTubeChannelSearch(
                youtube.baseUrl(),
                KEY,
                dailyQuota,
                since -> archived.stream().collect(Collectors.groupingBy(RawResponse::endpoint, Collectors.counting())),
                archived::add,
                clock.getter());
    }

    @Test
    void findsChannelsWithTheirHandleLinksAndSubscribers() {
        assertThat(search(10_000).search("Marseille", 5))
                .containsExactly(new Candidate(
                        "youtube",
                        "@villedemarseille",
                        "UCmarseille000000000000",
                        "Ville de Marseille",
                        "La chaîne officielle de la Ville. https://www.marseille.fr",
                        List.of("marseille.fr"),
                        List.of(),
                        false,
                        12_400L));
        assertThat(archived).extracting(RawResponse::endpoint).containsExactly("search.list", "channels.list");
        assertThat(youtube.getAllServeEvents())
                .anySatisfy(e -> assertThat(e.getRequest().getUrl())
                        .contains("type=channel")
                        .contains("maxResults=5"));
    }

    @Test
    void aSearchCostsAHundredUnitsOfTheDailyQuota() {
        search(150).search("Marseille", 5);

        assertThatThrownBy(() -> search(150).search("Marseille", 5))
                .isInstanceOf(CollectFailure.class)
                .hasMessageContaining("YouTube daily quota of 150 units reached")
                .hasMessageNotContaining(KEY);
        assertThat(youtube.getAllServeEvents()).hasSize(2);
    }

    @Test
    void needsTheApiKey() {
        var withoutKey =
                new YouTubeChannelSearch(youtube.baseUrl(), null, 10_000, s -> Map.of(), r -> {}, clock.getter());

        assertThat(withoutKey.missingSetting()).isEqualTo("VIGIE_YOUTUBE_API_KEY");
    }
}

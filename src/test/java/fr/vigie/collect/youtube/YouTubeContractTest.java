package fr.vigie.collect.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Connector;
import fr.vigie.collect.ConnectorContract;
import fr.vigie.collect.HttpGetter;
import java.util.Map;

class YouTubeContractTest extends ConnectorContract {
    static final String KEY = "AIzaSyContractTestKey000000000000000000";

    @Override
    protected Connector connector(String baseUrl, HttpGetter http) {
        return new YouTubeConnector(baseUrl, KEY, YouTubeConnector.DEFAULT_DAILY_QUOTA, since -> Map.of(), http);
    }

    @Override
    protected CollectTarget target() {
        return new CollectTarget("youtube:@villedemarseille", "villedemarseille", null);
    }

    private void answer(MappingBuilder request, int status, String fixture) {
        platform.stubFor(request.withHeader("X-Goog-Api-Key", equalTo(KEY))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(FakeYouTube.fixture(fixture).body())));
    }

    @Override
    protected void stubWholeAccount() {
        answer(
                get(urlPathEqualTo("/channels")).withQueryParam("forHandle", equalTo("@villedemarseille")),
                200,
                "channel.json");
        answer(
                get(urlPathEqualTo("/playlistItems"))
                        .withQueryParam("playlistId", equalTo("UUvigieMarseilleTest0001"))
                        .withQueryParam("pageToken", absent()),
                200,
                "playlist-page-1.json");
        answer(
                get(urlPathEqualTo("/playlistItems")).withQueryParam("pageToken", equalTo("EAAaBlBUOkNESQ")),
                200,
                "playlist-page-2.json");
        answer(get(urlPathEqualTo("/videos")), 200, "videos.json");
        answer(
                get(urlPathEqualTo("/commentThreads"))
                        .withQueryParam("videoId", equalTo("Vq9x_Rk2mE1"))
                        .withQueryParam("pageToken", absent()),
                200,
                "threads-page-1.json");
        answer(
                get(urlPathEqualTo("/commentThreads"))
                        .withQueryParam("videoId", equalTo("Vq9x_Rk2mE1"))
                        .withQueryParam("pageToken", equalTo("QURTSl9pM3J4dFBfV0FyS0xxbQ")),
                200,
                "threads-page-2.json");
        answer(
                get(urlPathEqualTo("/commentThreads")).withQueryParam("videoId", equalTo("Lz3-Tt8bQw0")),
                403,
                "error-comments-disabled.json");
        answer(
                get(urlPathEqualTo("/commentThreads")).withQueryParam("videoId", equalTo("Hn7pWc4sXy2")),
                200,
                "threads-empty.json");
    }

    @Override
    protected String knownPostId() {
        return "Jd5kLm9rTq3";
    }

    @Override
    protected void stubUnknownAccount() {
        answer(get(urlPathEqualTo("/channels")), 200, "channel-none.json");
    }
}

package fr.vigie.collect.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** WireMock stubs of the Bluesky AppView serving the fixtures of src/test/resources/collect/bluesky/. */
final class BlueskyStubs {
    static final String DID = "did:plc:marseillevillexxxxxxxxxx";
    static final String FETE = "at://" + DID + "/app.bsky.feed.post/3kfete";

    private BlueskyStubs() {}

    static byte[] fixture(String name) {
        try (InputStream in = BlueskyStubs.class.getResourceAsStream("/collect/bluesky/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder json(String name) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(fixture(name));
    }

    static ResponseDefinitionBuilder error(int status, String error, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }

    /** Profile, three feed pages (the last one empty) and the thread of the one post with replies. */
    static void wholeAccount(WireMockServer platform) {
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")).willReturn(json("profile.json")));
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getAuthorFeed"))
                .withQueryParam("cursor", absent())
                .willReturn(json("rich-feed-1.json")));
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getAuthorFeed"))
                .withQueryParam("cursor", equalTo("c2"))
                .willReturn(json("rich-feed-2.json")));
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getAuthorFeed"))
                .withQueryParam("cursor", equalTo("c3"))
                .willReturn(json("rich-feed-end.json")));
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread"))
                .withQueryParam("uri", equalTo(FETE))
                .willReturn(json("thread-fete.json")));
    }
}

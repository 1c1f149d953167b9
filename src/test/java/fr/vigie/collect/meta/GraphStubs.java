package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A local Graph API on WireMock answering fixtures of src/test/resources/collect/meta/ (documented schemas). */
final class GraphStubs {
    static final String TOKEN = "EAAGvigieSecretToken0123456789";
    static final String PAGE_ID = "108824017345866";
    static final String PHOTO_POST = "108824017345866_1234567890123456";
    static final String LINK_POST = "108824017345866_1234567890120002";
    static final String VIDEO_POST = "108824017345866_1234567890100003";
    static final String BUSINESS_ID = "17841405309211844";
    static final String IG_USER = "17841400008460056";
    static final String REEL = "18045678901234567";
    static final String HIDDEN_LIKES = "18045678901234001";

    private GraphStubs() {}

    static ResponseDefinitionBuilder fixture(String name) {
        try (InputStream in = GraphStubs.class.getResourceAsStream("/collect/meta/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Meta error answer. */
    static ResponseDefinitionBuilder error(int status, int code, int subcode, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + (subcode > 0 ? ",\"error_subcode\":" + subcode : "") + ",\"fbtrace_id\":\"AbC123\"}}");
    }

    /** The page of {@code handle}, two pages of posts, comments of the photo and of the video post. */
    static void facebookPage(WireMockServer server, String handle) {
        server.stubFor(get(urlPathEqualTo("/" + handle)).willReturn(fixture("fb-page.json")));
        server.stubFor(get(urlPathEqualTo("/" + PAGE_ID)).willReturn(fixture("fb-page.json")));
        server.stubFor(get(urlPathEqualTo("/" + PAGE_ID + "/posts"))
                .withQueryParam("after", absent())
                .willReturn(fixture("fb-posts-page-1.json")));
        server.stubFor(get(urlPathEqualTo("/" + PAGE_ID + "/posts"))
                .withQueryParam("after", containing("QVFIUmFmdGVyMQ"))
                .willReturn(fixture("fb-posts-page-2.json")));
        server.stubFor(get(urlPathEqualTo("/" + PHOTO_POST)).willReturn(fixture("fb-comments-1.json")));
        server.stubFor(get(urlPathEqualTo("/" + VIDEO_POST)).willReturn(fixture("fb-comments-3.json")));
    }

    /** Business discovery of {@code marseille}: profile and media on two pages. */
    static void instagramAccount(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/" + BUSINESS_ID))
                .withQueryParam("fields", notContaining(".after("))
                .willReturn(fixture("ig-discovery-page-1.json")));
        server.stubFor(get(urlPathEqualTo("/" + BUSINESS_ID))
                .withQueryParam("fields", containing(".after(QVFIUmlnYWZ0ZXIx)"))
                .willReturn(fixture("ig-discovery-page-2.json")));
    }
}

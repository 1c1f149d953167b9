package fr.vigie.collect.mastodon;

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

/** WireMock stubs of a Mastodon instance serving the fixtures of src/test/resources/collect/mastodon/. */
final class MastodonStubs {
    static final String OWN_ID = "109302436954721982";
    static final String STATUSES = "/api/v1/accounts/" + OWN_ID + "/statuses";

    private MastodonStubs() {}

    static ResponseDefinitionBuilder json(String name) {
        try (InputStream in = MastodonStubs.class.getResourceAsStream("/collect/mastodon/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code Link} header whose next page starts below {@code maxId}. */
    static String next(String path, String maxId) {
        return "<https://social.marseille.fr" + path + "?limit=40&max_id=" + maxId + ">; rel=\"next\", "
                + "<https://social.marseille.fr" + path + "?limit=40&min_id=1>; rel=\"prev\"";
    }

    /** The lookup, three pages of statuses (the last one empty) and the contexts of the two with replies. */
    static void wholeAccount(WireMockServer platform) {
        platform.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup"))
                .withQueryParam("acct", equalTo("marseille"))
                .willReturn(json("account.json")));
        platform.stubFor(get(urlPathEqualTo(STATUSES))
                .withQueryParam("max_id", absent())
                .willReturn(json("statuses-page-1.json").withHeader("Link", next(STATUSES, "113300000000000077"))));
        platform.stubFor(get(urlPathEqualTo(STATUSES))
                .withQueryParam("max_id", equalTo("113300000000000077"))
                .willReturn(json("statuses-page-2.json").withHeader("Link", next(STATUSES, "113200000000000001"))));
        platform.stubFor(get(urlPathEqualTo(STATUSES))
                .withQueryParam("max_id", equalTo("113200000000000001"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        for (String id : new String[] {"113400000000000123", "113300000000000077"}) {
            platform.stubFor(get(urlPathEqualTo("/api/v1/statuses/" + id + "/context"))
                    .willReturn(json("context-" + id + ".json")));
        }
    }
}

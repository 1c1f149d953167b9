package fr.vigie.collect.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Connector;
import fr.vigie.collect.ConnectorContract;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XContractTest extends ConnectorContract {
    static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAsecret%2Fbearer%3Dtoken";
    private static final String TWEETS = "/2/users/1450000000000000123/tweets";

    @Override
    protected Connector connector(String baseUrl, HttpGetter http) {
        return new XConnector(baseUrl + "/2", TOKEN, false, http);
    }

    @Override
    protected CollectTarget target() {
        return new CollectTarget("x:@villedemarseille", "villedemarseille", null);
    }

    @Override
    protected void stubWholeAccount() {
        platform.stubFor(answer(get(urlPathEqualTo("/2/users/by/username/villedemarseille")), "user.json"));
        platform.stubFor(
                answer(get(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", absent()), "tweets-page-1.json"));
        platform.stubFor(answer(
                get(urlPathEqualTo(TWEETS))
                        .withQueryParam("pagination_token", equalTo("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i")),
                "tweets-page-2.json"));
    }

    @Override
    protected String knownPostId() {
        return "1851234567890123457";
    }

    @Override
    protected void stubUnknownAccount() {
        platform.stubFor(answer(get(urlPathEqualTo("/2/users/by/username/villedemarseille")), "user-not-found.json"));
    }

    private static MappingBuilder answer(MappingBuilder request, String fixture) {
        try (InputStream in = XContractTest.class.getResourceAsStream("/collect/x/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return request.willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sendsTheTokenOnlyAsABearerAuthorizationHeader() {
        stubWholeAccount();
        List<RawResponse> archived = new ArrayList<>();

        connector(platform.baseUrl(), clock.getter()).fetch(target(), null, archived::add);

        platform.verify(3, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(platform.getAllServeEvents())
                .allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain("secret"));
        assertThat(archived).allSatisfy(r -> {
            assertThat(r.endpoint()).doesNotContain("secret");
            assertThat(r.text()).doesNotContain("secret");
        });
    }

    @Test
    void asksOnlyWhatTheTimelineNeedsAndPagesWithTheNextToken() {
        stubWholeAccount();

        connector(platform.baseUrl(), clock.getter()).fetch(target(), null, r -> {});

        List<String> urls = platform.getAllServeEvents().reversed().stream()
                .map(e -> e.getRequest().getUrl())
                .toList();
        assertThat(urls.get(0))
                .isEqualTo("/2/users/by/username/villedemarseille?user.fields=public_metrics,created_at,verified,"
                        + "description,url");
        assertThat(urls.get(1))
                .startsWith(TWEETS + "?max_results=100&tweet.fields=created_at,public_metrics,entities,")
                .contains("expansions=attachments.media_keys,referenced_tweets.id")
                .contains("media.fields=type")
                .doesNotContain("pagination_token")
                .doesNotContain("start_time");
        assertThat(urls.get(2)).endsWith("&pagination_token=7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i");
    }
}

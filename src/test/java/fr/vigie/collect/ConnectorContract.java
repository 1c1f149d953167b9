package fr.vigie.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every connector promises, run against a local WireMock server that each platform's test
 * scripts with payloads following the platform's documented schema. A platform's contract test
 * extends this class and says how to build its connector and stub its API.
 */
public abstract class ConnectorContract {
    protected WireMockServer platform;
    protected StepClock clock;

    @BeforeEach
    void startPlatform() {
        platform = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        platform.start();
        clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @AfterEach
    void stopPlatform() {
        platform.stop();
    }

    /** The connector under test, its base URL (every one is a setting) pointing at {@code baseUrl}. */
    protected abstract Connector connector(String baseUrl, HttpGetter http);

    /** The registered account the stubs describe. */
    protected abstract CollectTarget target();

    /**
     * Stubs the whole collection of {@link #target()}: profile and at least two pages of posts, the
     * last one ending the pagination, with a post whose id or counts exceed 2^53 when the platform
     * has numeric ids, a post without counts and a post with emoji.
     */
    protected abstract void stubWholeAccount();

    /** A post id (as the platform sends it, exactly) that {@link #stubWholeAccount()} contains. */
    protected abstract String knownPostId();

    /** Stubs the first request of a collection to answer that the account does not exist. */
    protected abstract void stubUnknownAccount();

    private List<RawResponse> fetch(Connector connector, Instant since) {
        List<RawResponse> archived = new ArrayList<>();
        connector.fetch(target(), since, archived::add);
        return archived;
    }

    private Connector connector() {
        return connector(platform.baseUrl(), clock.getter());
    }

    @Test
    void archivesEveryResponseItReceivesAndMapsPostsWithExactIds() {
        stubWholeAccount();
        List<RawResponse> archived = fetch(connector(), null);

        assertThat(archived).hasSize(platform.getAllServeEvents().size());
        Collected collected = connector().map(target(), archived, null, clock.instant());
        assertThat(collected.posts()).extracting(Collected.Post::postId).contains(knownPostId());
        assertThat(collected.posts()).extracting(Collected.Post::postId).doesNotHaveDuplicates();
        assertThat(collected.snapshot().observedAt()).isEqualTo(clock.instant());
    }

    @Test
    void mappingIsPureAndRepeatable() {
        stubWholeAccount();
        List<RawResponse> archived = fetch(connector(), null);

        assertThat(connector().map(target(), archived, null, clock.instant()))
                .isEqualTo(connector().map(target(), archived, null, clock.instant()));
    }

    @Test
    void keepsNoPostPublishedBeforeSince() {
        stubWholeAccount();
        List<RawResponse> archived = fetch(connector(), null);
        List<Collected.Post> all =
                connector().map(target(), archived, null, clock.instant()).posts();
        Instant newest = all.stream()
                .map(Collected.Post::publishedAt)
                .max(Instant::compareTo)
                .orElseThrow();

        List<Collected.Post> recent =
                connector().map(target(), archived, newest, clock.instant()).posts();
        assertThat(recent)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.publishedAt()).isAfterOrEqualTo(newest));
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        stubWholeAccount();
        platform.stubFor(get(anyUrl())
                .atPriority(1)
                .inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));

        assertThat(fetch(connector(), null)).isNotEmpty();
        assertThat(clock.sleeps).hasSize(1);
    }

    @Test
    void failsWithAReasonOnMalformedJson() {
        platform.stubFor(get(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"truncated\": [")));

        assertThatThrownBy(() -> {
                    List<RawResponse> archived = fetch(connector(), null);
                    connector().map(target(), archived, null, clock.instant());
                })
                .isInstanceOf(CollectFailure.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void recognisesAnUnknownAccount() {
        stubUnknownAccount();

        assertThatThrownBy(() -> fetch(connector(), null))
                .isInstanceOf(AccountGone.class)
                .satisfies(e -> assertThat(((AccountGone) e).kind()).isEqualTo(AccountGone.Kind.NOT_FOUND));
    }
}

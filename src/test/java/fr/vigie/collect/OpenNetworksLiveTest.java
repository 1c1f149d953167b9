package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.vigie.collect.bluesky.BlueskyConnector;
import fr.vigie.collect.bluesky.BlueskyHashtagSearch;
import fr.vigie.collect.mastodon.MastodonConnector;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the real Bluesky and Mastodon, only when asked: VIGIE_LIVE_OPEN_NETWORKS=1 for the public
 * APIs, plus VIGIE_BLUESKY_IDENTIFIER and VIGIE_BLUESKY_APP_PASSWORD for the hashtag search. Excluded
 * by default (group {@code live}); never run in CI.
 */
@Tag("live")
class OpenNetworksLiveTest {
    private static final Instant WEEK_AGO = Instant.now().minus(7, ChronoUnit.DAYS);

    @Test
    void collectsAPublicBlueskyAccount() {
        assumeTrue(System.getenv("VIGIE_LIVE_OPEN_NETWORKS") != null);
        var connector = BlueskyConnector.fromEnvironment(Map.of(), HttpGetter.system());
        var target = new CollectTarget("bluesky:@bsky.app", "bsky.app", null);
        List<RawResponse> archived = new ArrayList<>();
        connector.fetch(target, WEEK_AGO, archived::add);

        assertThat(connector
                        .map(target, archived, WEEK_AGO, Instant.now())
                        .snapshot()
                        .platformId())
                .startsWith("did:");
    }

    @Test
    void collectsAPublicMastodonAccount() {
        assumeTrue(System.getenv("VIGIE_LIVE_OPEN_NETWORKS") != null);
        var connector = MastodonConnector.fromEnvironment(Map.of(), HttpGetter.system());
        var target = new CollectTarget("mastodon:@mastodon@mastodon.social", "mastodon@mastodon.social", null);
        List<RawResponse> archived = new ArrayList<>();
        connector.fetch(target, WEEK_AGO, archived::add);

        assertThat(connector
                        .map(target, archived, WEEK_AGO, Instant.now())
                        .snapshot()
                        .followers())
                .isPositive();
    }

    @Test
    void searchesABlueskyHashtagWithAnAppPassword() {
        assumeTrue(System.getenv(BlueskyHashtagSearch.PASSWORD_SETTING) != null);
        var search = BlueskyHashtagSearch.fromEnvironment(System.getenv(), HttpGetter.system());
        List<RawResponse> archived = new ArrayList<>();
        search.fetchTag("marseille", WEEK_AGO, archived::add);

        assertThat(search.mapTag("marseille", archived, WEEK_AGO))
                .allSatisfy(p -> assertThat(p.hashtags()).contains("marseille"));
    }
}

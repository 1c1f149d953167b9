package fr.vigie.collect.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the real YouTube Data API, only when VIGIE_YOUTUBE_API_KEY is set; excluded from the default
 * build (group {@code live}). Spends about 5 units: one channel, one playlist page, one videos page,
 * the comments of the videos of the last week.
 */
@Tag("live")
class YouTubeLiveTest {
    @Test
    void collectsAPublicChannel() {
        String key = System.getenv(YouTubeConnector.KEY_SETTING);
        Assumptions.assumeTrue(key != null && !key.isBlank(), "needs " + YouTubeConnector.KEY_SETTING);
        var connector = YouTubeConnector.fromEnvironment(
                Map.of(YouTubeConnector.KEY_SETTING, key), HttpGetter.system(), since -> Map.of());
        // Google for Developers, a channel that publishes every week
        var target = new CollectTarget("youtube:live", "googledevelopers", null);
        Instant since = Instant.now().minus(Duration.ofDays(7));
        List<RawResponse> archived = new ArrayList<>();

        connector.fetch(target, since, archived::add);
        var collected = connector.map(target, archived, since, Instant.now());

        assertThat(collected.snapshot().platformId()).startsWith("UC");
        assertThat(collected.snapshot().postsCount()).isPositive();
        assertThat(archived).extracting(RawResponse::endpoint).doesNotContain(key);
    }
}

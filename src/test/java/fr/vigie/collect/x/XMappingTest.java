package fr.vigie.collect.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.collect.AccountGone;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XMappingTest {
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final String USER = "{\"data\":{\"id\":\"1450000000000000123\",\"username\":\"VilleDeMarseille\"}}";

    private static RawResponse answer(String endpoint, String json) {
        return new RawResponse(endpoint, "application/json", json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    private static Collected mapPage(String tweetsJson) {
        return XMapping.map(
                List.of(answer(XConnector.USER_BY_USERNAME, USER), answer(XConnector.TWEETS, tweetsJson)), null, NOW);
    }

    private static String tweet(String fields) {
        return "{\"id\":\"1851234567890123457\",\"created_at\":\"2026-10-30T09:00:00.000Z\"," + fields + "}";
    }

    @Test
    void anAnimatedGifIsAVideoAndALinkToAPostOfXIsNoLink() {
        Collected gif = mapPage("{\"data\":[" + tweet("\"text\":\"gif\",\"attachments\":{\"media_keys\":[\"16_1\"]}")
                + "],\"includes\":{\"media\":[{\"media_key\":\"16_1\",\"type\":\"animated_gif\"}]},\"meta\":{}}");
        Collected quote = mapPage("{\"data\":["
                + tweet("\"text\":\"vu\",\"referenced_tweets\":[{\"type\":\"quoted\","
                        + "\"id\":\"9\"}],\"entities\":{\"urls\":[{\"url\":\"https://t.co/q\",\"expanded_url\":"
                        + "\"https://twitter.com/RegionSud/status/9\"}]}")
                + "],\"meta\":{}}");

        assertThat(gif.posts()).extracting(Collected.Post::type).containsExactly("video");
        assertThat(quote.posts()).extracting(Collected.Post::type).containsExactly("text");
    }

    @Test
    void aLongPostTakesTheWholeTextOfItsNoteTweet() {
        Collected long_ = mapPage("{\"data\":["
                + tweet("\"text\":\"Le début… https://t.co/x\",\"note_tweet\":{\"text\":"
                        + "\"Le début et la suite &lt;complète&gt; #Budget2027\",\"entities\":{\"hashtags\":[{\"tag\":"
                        + "\"Budget2027\"}]}}")
                + "],\"meta\":{}}");

        assertThat(long_.posts().getFirst().text()).isEqualTo("Le début et la suite <complète> #Budget2027");
        assertThat(long_.posts().getFirst().hashtags()).containsExactly("budget2027");
    }

    @Test
    void aRetweetWithoutExpansionNamesItsAuthorFromItsTextAndAThreadOfTheAccountIsNoReply() {
        Collected collected = mapPage("{\"data\":["
                + tweet(
                        "\"text\":\"RT @RegionSud: bravo\",\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"9\"}]")
                + ",{\"id\":\"1851234567890123458\",\"created_at\":\"2026-10-30T09:01:00.000Z\",\"text\":\"2/2\","
                + "\"in_reply_to_user_id\":\"1450000000000000123\",\"referenced_tweets\":[{\"type\":\"replied_to\","
                + "\"id\":\"1851234567890123457\"}]}],\"meta\":{}}");

        assertThat(collected.posts()).extracting(Collected.Post::postId).containsExactly("1851234567890123458");
        assertThat(collected.mentions())
                .containsExactly(new Collected.Mention(
                        "1851234567890123457",
                        "regionsud",
                        Collected.MentionKind.REPOST,
                        Instant.parse("2026-10-30T09:00:00Z")));
    }

    @Test
    void theSnapshotCarriesTheExactIdAndTheLowerCasedUsernameWithUnknownCounts() {
        Collected collected = mapPage("{\"meta\":{\"result_count\":0}}");

        assertThat(collected.snapshot())
                .isEqualTo(new Collected.Snapshot(NOW, "1450000000000000123", "villedemarseille", null, null, null));
    }

    @Test
    void aSuspendedUserUnderResourceUnavailableIsSuspended() {
        String suspended = "{\"errors\":[{\"detail\":\"User has been suspended: [1450000000000000123].\",\"title\":"
                + "\"Forbidden\",\"resource_type\":\"user\",\"type\":\"https://api.x.com/2/problems/resource-unavailable\"}]}";

        assertThatThrownBy(() -> XMapping.map(List.of(answer(XConnector.USER_BY_ID, suspended)), null, NOW))
                .isInstanceOfSatisfying(
                        AccountGone.class, e -> assertThat(e.kind()).isEqualTo(AccountGone.Kind.SUSPENDED));
    }

    @Test
    void theUsageCapIsNotThrottlingButA429IsAndPartialErrorsBesideDataAreIgnored() {
        byte[] cap = "{\"title\":\"UsageCapExceeded\",\"detail\":\"Usage cap exceeded: Monthly product cap\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] credits = "{\"errors\":[{\"type\":\"https://api.x.com/2/problems/credits-depleted\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(XProblems.THROTTLED.test(429, cap)).isFalse();
        assertThat(XProblems.THROTTLED.test(429, credits)).isFalse();
        assertThat(XProblems.THROTTLED.test(429, "{\"title\":\"Too Many Requests\"}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(XProblems.THROTTLED.test(503, new byte[0])).isFalse();
        assertThat(mapPage("{\"data\":[" + tweet("\"text\":\"ok\"") + "],\"errors\":[{\"title\":\"Not Found Error\","
                                + "\"type\":\"https://api.twitter.com/2/problems/resource-not-found\",\"section\":"
                                + "\"includes\"}],\"meta\":{}}")
                        .posts())
                .hasSize(1);
    }

    @Test
    void startTimeIsWrittenToTheSecond() {
        assertThat(XConnector.rfc3339(Instant.parse("2026-10-01T09:00:00.123456Z")))
                .isEqualTo("2026-10-01T09:00:00Z");
    }
}

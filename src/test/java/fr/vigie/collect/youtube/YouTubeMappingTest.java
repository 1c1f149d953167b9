package fr.vigie.collect.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class YouTubeMappingTest {
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    private static CollectTarget target(String handle, String platformId) {
        return new CollectTarget("youtube:x", handle, platformId);
    }

    @Test
    void looksTheChannelUpByIdThenLegacyUserNameThenHandle() {
        assertThat(YouTubeChannels.lookup(target("villedemarseille", "UCvigieMarseilleTest0001")))
                .isEqualTo("id=UCvigieMarseilleTest0001");
        assertThat(YouTubeChannels.lookup(target("channel/UCvigieMarseilleTest0001", null)))
                .isEqualTo("id=UCvigieMarseilleTest0001");
        assertThat(YouTubeChannels.lookup(target("user/marseille", null))).isEqualTo("forUsername=marseille");
        assertThat(YouTubeChannels.lookup(target("c/villedemarseille", null)))
                .isEqualTo("forHandle=%40villedemarseille");
        assertThat(YouTubeChannels.lookup(target("ville.de-lyon", null))).isEqualTo("forHandle=%40ville.de-lyon");
    }

    @Test
    void hiddenSubscribersAreUnknownAndTheHandleTakesTheRegistrysForm() throws Exception {
        JsonNode channel = json("{'id':'UCvigieMarseilleTest0001','snippet':{'customUrl':'@VilleDeMarseille'},"
                + "'statistics':{'subscriberCount':'0','hiddenSubscriberCount':true,'videoCount':'812'}}");

        var snapshot = YouTubeChannels.snapshot(channel, target("user/marseille", null), NOW);

        assertThat(snapshot.followers()).isNull();
        assertThat(snapshot.following()).isNull();
        assertThat(snapshot.postsCount()).isEqualTo(812);
        assertThat(snapshot.handle()).isEqualTo("villedemarseille");
        assertThat(YouTubeChannels.snapshot(channel, target("channel/UCvigieMarseilleTest0001", null), NOW)
                        .handle())
                .isEqualTo("channel/UCvigieMarseilleTest0001");
    }

    @Test
    void aBroadcastIsLiveAndAnyOtherVideoIsVideo() throws Exception {
        assertThat(YouTubeVideos.type(json("{'snippet':{'liveBroadcastContent':'upcoming'}}")))
                .isEqualTo("live");
        assertThat(YouTubeVideos.type(json("{'snippet':{'liveBroadcastContent':'live'}}")))
                .isEqualTo("live");
        assertThat(YouTubeVideos.type(json(
                        "{'snippet':{'liveBroadcastContent':'none'},'liveStreamingDetails':{'actualStartTime':'x'}}")))
                .isEqualTo("live");
        assertThat(YouTubeVideos.type(json("{'snippet':{'liveBroadcastContent':'none'}}")))
                .isEqualTo("video");
    }

    @Test
    void countsAreReadExactlyAndAnythingButDigitsFails() throws Exception {
        JsonNode stats = json("{'a':'9007199254740993','b':12,'c':'1.5e3','d':1.5,'e':'-3'}");

        assertThat(YouTubeJson.count(stats, "a", "w")).isEqualTo(9_007_199_254_740_993L);
        assertThat(YouTubeJson.count(stats, "b", "w")).isEqualTo(12L);
        assertThat(YouTubeJson.count(stats, "absent", "w")).isNull();
        for (String field : new String[] {"c", "d", "e"}) {
            assertThatThrownBy(() -> YouTubeJson.count(stats, field, "videos.list"))
                    .isInstanceOf(CollectFailure.class)
                    .hasMessageContaining("videos.list: " + field);
        }
    }

    @Test
    void aCommentWithoutAuthorChannelIsLeftOutAndRepliesKeepTheirParent() throws Exception {
        JsonNode thread = json("{'id':'T1','snippet':{'videoId':'V1','topLevelComment':{'id':'T1','snippet':{"
                + "'authorChannelId':{'value':'UCcitizen'},'textDisplay':'Bonjour','likeCount':3,"
                + "'publishedAt':'2026-10-30T18:00:00Z'}}},'replies':{'comments':["
                + "{'id':'T1.a','snippet':{'parentId':'T1','textOriginal':'Sans auteur','publishedAt':'2026-10-30T18:05:00Z'}},"
                + "{'id':'T1.b','snippet':{'parentId':'T1','authorChannelId':{'value':'UCcity'},'textOriginal':'Réponse',"
                + "'publishedAt':'2026-10-30T18:10:00Z'}}]}}");

        var comments = YouTubeComments.ofThread(thread, "UCcity");

        assertThat(comments)
                .extracting(c -> c.commentId() + "|" + c.parentCommentId() + "|" + c.authorId() + "|" + c.fromAccount()
                        + "|" + c.text() + "|" + c.likes())
                .containsExactly("T1|null|UCcitizen|false|Bonjour|3", "T1.b|T1|UCcity|true|Réponse|null");
    }

    @Test
    void onlyVideosThatMayHaveCommentsAreAskedForThemNewestFirst() throws Exception {
        var videos = java.util.List.of(
                json("{'id':'old','snippet':{'publishedAt':'2026-01-01T00:00:00Z'}}"),
                json(
                        "{'id':'none','snippet':{'publishedAt':'2026-10-01T00:00:00Z'},'statistics':{'commentCount':'0'}}"),
                json(
                        "{'id':'new','snippet':{'publishedAt':'2026-10-30T00:00:00Z'},'statistics':{'commentCount':'4'}}"));

        assertThat(YouTubeVideos.toComment(videos, null)).containsExactly("new", "old");
        assertThat(YouTubeVideos.toComment(videos, Instant.parse("2026-06-01T00:00:00Z")))
                .containsExactly("new");
    }
}

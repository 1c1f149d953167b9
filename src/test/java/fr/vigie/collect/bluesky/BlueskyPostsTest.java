package fr.vigie.collect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BlueskyPostsTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void typeFollowsTheEmbedView() throws Exception {
        assertThat(BlueskyPosts.type(json("{\"$type\":\"app.bsky.embed.video#view\"}")))
                .isEqualTo("video");
        assertThat(BlueskyPosts.type(json("{\"$type\":\"app.bsky.embed.external#view\"}")))
                .isEqualTo("link");
        assertThat(
                        BlueskyPosts.type(
                                json(
                                        "{\"$type\":\"app.bsky.embed.recordWithMedia#view\",\"media\":{\"$type\":\"app.bsky.embed.images#view\"}}")))
                .isEqualTo("photo");
        assertThat(BlueskyPosts.type(json("{\"$type\":\"app.bsky.embed.record#view\"}")))
                .isEqualTo("text");
        assertThat(BlueskyPosts.type(json("{}").path("embed"))).isEqualTo("text");
    }

    @Test
    void hashtagsJoinTagFacetsAndTagsOfTheText() throws Exception {
        JsonNode record = json(
                "{\"facets\":[{\"features\":[{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":\"FêteDeLaMusique\"},"
                        + "{\"$type\":\"app.bsky.richtext.facet#mention\",\"did\":\"did:plc:x\"}]}]}");

        assertThat(BlueskyFacets.hashtags(record, "Ce soir #fêtedelamusique et #Marseille !"))
                .containsExactly("fêtedelamusique", "marseille");
    }
}

package fr.vigie.collect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MastodonStatusesTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void typeFollowsTheFirstMediaThenTheCard() throws Exception {
        assertThat(MastodonStatuses.type(json("{\"media_attachments\":[{\"type\":\"video\"}]}")))
                .isEqualTo("video");
        assertThat(MastodonStatuses.type(
                        json("{\"media_attachments\":[{\"type\":\"audio\"}],\"card\":{\"url\":\"u\"}}")))
                .isEqualTo("link");
        assertThat(MastodonStatuses.type(json("{\"media_attachments\":[],\"card\":null}")))
                .isEqualTo("text");
    }

    @Test
    void hashtagsJoinTheTagsEntitiesAndTagsOfTheText() throws Exception {
        JsonNode status = json("{\"tags\":[{\"name\":\"FêteDeLaMusique\",\"url\":\"u\"}]}");

        assertThat(MastodonStatuses.hashtags(status, "Ce soir #fêtedelamusique et #Marseille !"))
                .containsExactly("fêtedelamusique", "marseille");
    }

    @Test
    void htmlBecomesPlainTextWithLineBreaks() {
        assertThat(MastodonHtml.plainText("<p>A &amp; B<br>C</p><p>&quot;D&quot; &#39;E&#39; &lt;F&gt;</p>"))
                .isEqualTo("A & B\nC\n\"D\" 'E' <F>");
        assertThat(MastodonHtml.plainText("<p>&amp;lt; stays escaped once</p>")).isEqualTo("&lt; stays escaped once");
    }

    @Test
    void theNextMaxIdComesFromTheLinkHeadersNextRelation() {
        assertThat(MastodonConnector.nextMaxId(FakeMastodon.LINK_TO_PAGE_2)).isEqualTo("113300000000000077");
        assertThat(MastodonConnector.nextMaxId("<https://i.tld/api/v1/x?min_id=5>; rel=\"prev\""))
                .isNull();
        assertThat(MastodonConnector.nextMaxId(null)).isNull();
    }
}

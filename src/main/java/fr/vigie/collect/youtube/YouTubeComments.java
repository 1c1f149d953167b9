package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code commentThread} resources of a {@code commentThreads.list} page as comments: the top-level
 * comment, then the replies the thread carries (YouTube embeds a subset of them, see
 * docs/connectors/youtube.md). The author is {@code authorChannelId.value}, the platform id; a comment
 * by the collected channel itself is {@code fromAccount}.
 */
final class YouTubeComments {
    private static final String WHERE = YouTubeConnector.COMMENT_THREADS;

    private YouTubeComments() {}

    /** The comments of one thread of the video {@code thread.snippet.videoId}, written by {@code channelId} or not. */
    static List<Collected.Comment> ofThread(JsonNode thread, String channelId) {
        JsonNode snippet = thread.path("snippet");
        String videoId = YouTubeJson.text(snippet, "videoId");
        if (videoId == null) {
            return List.of(); // a discussion of the channel itself, under no video
        }
        List<Collected.Comment> comments = new ArrayList<>();
        Collected.Comment top = comment(snippet.path("topLevelComment"), videoId, null, channelId);
        if (top == null) {
            return List.of(); // replies to a comment that cannot be kept would have no parent
        }
        comments.add(top);
        for (JsonNode reply : thread.path("replies").path("comments")) {
            String parent = YouTubeJson.text(reply.path("snippet"), "parentId");
            Collected.Comment mapped = comment(reply, videoId, parent != null ? parent : top.commentId(), channelId);
            if (mapped != null) {
                comments.add(mapped);
            }
        }
        return comments;
    }

    /** A {@code comment} resource, or null when it has no author channel (it cannot be attributed). */
    private static Collected.@Nullable Comment comment(
            JsonNode comment, String videoId, @Nullable String parentId, String channelId) {
        String id = YouTubeJson.text(comment, "id");
        if (id == null) {
            throw new CollectFailure(WHERE + ": a comment without id");
        }
        JsonNode snippet = comment.path("snippet");
        String author = YouTubeJson.text(snippet.path("authorChannelId"), "value");
        if (author == null) {
            return null;
        }
        String text = YouTubeJson.text(snippet, "textOriginal");
        return new Collected.Comment(
                id,
                videoId,
                parentId,
                author,
                author.equals(channelId),
                YouTubeJson.instant(snippet, "publishedAt", WHERE),
                text != null ? text : YouTubeJson.text(snippet, "textDisplay"),
                YouTubeJson.count(snippet, "likeCount", WHERE));
    }
}

package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replies under the account's posts from {@code app.bsky.feed.getPostThread}: the answer's
 * {@code thread} is a {@code threadViewPost} whose {@code post} is the account's post (the root) and
 * whose {@code replies} hold further {@code threadViewPost}s, or {@code notFoundPost} /
 * {@code blockedPost} placeholders (skipped: nothing of them is visible). Every visible reply of the
 * tree becomes a comment; its parent is named when it is not the root.
 */
final class BlueskyThreads {
    static final String THREAD_VIEW = "app.bsky.feed.defs#threadViewPost";

    private BlueskyThreads() {}

    /** The comments of one thread answer, for the account {@code did}. */
    static List<Collected.Comment> comments(JsonNode answer, String did) {
        JsonNode thread = answer.path("thread");
        if (!THREAD_VIEW.equals(thread.path("$type").asText())) {
            return List.of(); // the root was deleted or blocked since the feed was read
        }
        String root = BlueskyJson.text(thread.path("post"), "uri");
        if (root == null) {
            throw new CollectFailure(BlueskyConnector.THREAD + ": a thread without post.uri");
        }
        List<Collected.Comment> comments = new ArrayList<>();
        collect(thread, root, null, did, comments);
        return comments;
    }

    private static void collect(
            JsonNode node, String root, @Nullable String parent, String did, List<Collected.Comment> out) {
        for (JsonNode reply : node.path("replies")) {
            if (!THREAD_VIEW.equals(reply.path("$type").asText())) {
                continue;
            }
            JsonNode post = reply.path("post");
            String uri = BlueskyJson.text(post, "uri");
            String author = BlueskyJson.text(post.path("author"), "did");
            String created = BlueskyJson.text(post.path("record"), "createdAt");
            if (uri == null || author == null || created == null) {
                throw new CollectFailure(
                        BlueskyConnector.THREAD + ": a reply without uri, author.did or record.createdAt");
            }
            out.add(new Collected.Comment(
                    uri,
                    root,
                    parent,
                    author,
                    author.equals(did),
                    BlueskyPosts.createdAt(created),
                    BlueskyJson.text(post.path("record"), "text"),
                    BlueskyJson.count(post, "likeCount")));
            collect(reply, root, uri, did, out);
        }
    }
}

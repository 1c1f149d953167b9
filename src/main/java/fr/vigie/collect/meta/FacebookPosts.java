package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import fr.vigie.ingest.Hashtags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of archived Facebook answers: the Page node to a snapshot ({@code followers_count};
 * {@code fan_count}, the page's likes, has no column), the {@code /posts} edge to posts (reactions of
 * every kind as likes, comments and shares from their summaries), and each post's {@code comments}
 * expansion to comments. A comment without {@code from} (Meta hides authors from apps without the
 * page's own permissions) gets {@link #UNKNOWN_AUTHOR}.
 */
final class FacebookPosts {
    /** The author id of a comment whose author Meta does not disclose. */
    static final String UNKNOWN_AUTHOR = Collected.Comment.UNKNOWN_AUTHOR;

    private FacebookPosts() {}

    static Collected map(List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        RawResponse first = responses.getFirst();
        if (!first.endpoint().equals(FacebookConnector.PAGE)) {
            throw new CollectFailure("the page was not fetched first");
        }
        JsonNode page = GraphJson.parse(first);
        String pageId = pageId(page);
        var snapshot = new Collected.Snapshot(
                fetchedAt,
                pageId,
                GraphJson.text(page, "username"),
                GraphJson.count(page, "followers_count"),
                null,
                null);
        Map<String, Collected.Post> posts = new LinkedHashMap<>();
        List<Collected.Comment> comments = new ArrayList<>();
        for (RawResponse response : responses.subList(1, responses.size())) {
            JsonNode body = GraphJson.parse(response);
            switch (response.endpoint()) {
                case FacebookConnector.POSTS -> {
                    for (JsonNode item : body.path("data")) {
                        Collected.Post post = post(item, fetchedAt);
                        if (since == null || !post.publishedAt().isBefore(since)) {
                            posts.putIfAbsent(post.postId(), post);
                        }
                    }
                }
                case FacebookConnector.COMMENTS -> comments.addAll(comments(body, pageId));
                default -> throw new CollectFailure("unexpected archived endpoint " + response.endpoint());
            }
        }
        Map<String, Collected.Comment> kept = new LinkedHashMap<>();
        comments.stream().filter(c -> posts.containsKey(c.postId())).forEach(c -> kept.putIfAbsent(c.commentId(), c));
        return new Collected(snapshot, List.copyOf(posts.values()), List.copyOf(kept.values()), List.of());
    }

    static String pageId(JsonNode page) {
        String id = GraphJson.id(page, "id");
        if (id == null) {
            throw new CollectFailure(FacebookConnector.PAGE + ": no id in the page");
        }
        return id;
    }

    /** The post's publication time, for paging decisions. */
    static Instant createdTime(JsonNode post) {
        String created = GraphJson.text(post, "created_time");
        if (created == null) {
            throw new CollectFailure(FacebookConnector.POSTS + ": a post without created_time");
        }
        return GraphJson.time(FacebookConnector.POSTS, "created_time", created);
    }

    private static Collected.Post post(JsonNode item, Instant observedAt) {
        String id = GraphJson.id(item, "id");
        if (id == null) {
            throw new CollectFailure(FacebookConnector.POSTS + ": a post without id");
        }
        String message = GraphJson.text(item, "message");
        return new Collected.Post(
                id,
                createdTime(item),
                type(item),
                message,
                GraphJson.text(item, "permalink_url"),
                message == null ? List.of() : Hashtags.extract(message),
                observedAt,
                GraphJson.count(item.path("reactions").path("summary"), "total_count"),
                GraphJson.count(item.path("comments").path("summary"), "total_count"),
                GraphJson.count(item.path("shares"), "count"),
                null);
    }

    /** The first attachment's {@code media_type}, else the {@code status_type}, else text. */
    static String type(JsonNode post) {
        for (JsonNode attachment : post.path("attachments").path("data")) {
            String media = attachment.path("media_type").asText("");
            switch (media) {
                case "photo", "album" -> {
                    return "photo";
                }
                case "video" -> {
                    return "video";
                }
                case "link", "share", "event" -> {
                    return "link";
                }
                default -> {}
            }
        }
        return switch (post.path("status_type").asText("")) {
            case "added_photos" -> "photo";
            case "added_video" -> "video";
            case "shared_story", "created_event" -> "link";
            default -> "text";
        };
    }

    /** The comments of one post answer ({@code {"id":post,"comments":{"data":[…]}}}). */
    private static List<Collected.Comment> comments(JsonNode body, String pageId) {
        String postId = GraphJson.id(body, "id");
        if (postId == null) {
            throw new CollectFailure(FacebookConnector.COMMENTS + ": an answer without the post id");
        }
        List<Collected.Comment> comments = new ArrayList<>();
        for (JsonNode comment : body.path("comments").path("data")) {
            String id = GraphJson.id(comment, "id");
            String created = GraphJson.text(comment, "created_time");
            if (id == null || created == null) {
                throw new CollectFailure(FacebookConnector.COMMENTS + ": a comment without id or created_time");
            }
            String author = GraphJson.id(comment.path("from"), "id");
            comments.add(new Collected.Comment(
                    id,
                    postId,
                    GraphJson.id(comment.path("parent"), "id"),
                    author == null ? UNKNOWN_AUTHOR : author,
                    pageId.equals(author),
                    GraphJson.time(FacebookConnector.COMMENTS, "created_time", created),
                    GraphJson.text(comment, "message"),
                    GraphJson.count(comment, "like_count")));
        }
        return comments;
    }
}

package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import fr.vigie.ingest.Hashtags;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of archived business discovery answers: the discovered IG User to a snapshot
 * ({@code followers_count}, {@code follows_count}, {@code media_count}) and its IG Media to posts.
 * {@code like_count} is absent when the owner hides likes: unknown, never zero.
 */
final class InstagramMedia {
    private InstagramMedia() {}

    static Collected map(List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        RawResponse first = responses.getFirst();
        if (!first.endpoint().equals(InstagramConnector.DISCOVERY)) {
            throw new CollectFailure("the business discovery profile was not fetched first");
        }
        JsonNode user = discovered(GraphJson.parse(first));
        String id = GraphJson.id(user, "id");
        if (id == null) {
            throw new CollectFailure(InstagramConnector.DISCOVERY + ": no id in business_discovery");
        }
        var snapshot = new Collected.Snapshot(
                fetchedAt,
                id,
                GraphJson.text(user, "username"),
                GraphJson.count(user, "followers_count"),
                GraphJson.count(user, "follows_count"),
                GraphJson.count(user, "media_count"));
        Map<String, Collected.Post> posts = new LinkedHashMap<>();
        for (RawResponse response : responses) {
            for (JsonNode media :
                    discovered(GraphJson.parse(response)).path("media").path("data")) {
                Collected.Post post = post(media, fetchedAt);
                if (since == null || !post.publishedAt().isBefore(since)) {
                    posts.putIfAbsent(post.postId(), post);
                }
            }
        }
        return new Collected(snapshot, List.copyOf(posts.values()));
    }

    static JsonNode discovered(JsonNode body) {
        JsonNode user = body.path("business_discovery");
        if (!user.isObject()) {
            throw new CollectFailure(InstagramConnector.DISCOVERY + ": no business_discovery in the answer");
        }
        return user;
    }

    /** Whether a page of media holds one published before {@code since}. */
    static boolean reachedBefore(JsonNode media, @Nullable Instant since) {
        if (since == null) {
            return false;
        }
        for (JsonNode item : media.path("data")) {
            if (timestamp(item).isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    private static Collected.Post post(JsonNode media, Instant observedAt) {
        String id = GraphJson.id(media, "id");
        if (id == null) {
            throw new CollectFailure(InstagramConnector.DISCOVERY + ": a media without id");
        }
        String caption = GraphJson.text(media, "caption");
        return new Collected.Post(
                id,
                timestamp(media),
                type(media),
                caption,
                GraphJson.text(media, "permalink"),
                caption == null ? List.of() : Hashtags.extract(caption),
                observedAt,
                GraphJson.count(media, "like_count"),
                GraphJson.count(media, "comments_count"),
                null,
                null);
    }

    static Instant timestamp(JsonNode media) {
        String text = GraphJson.text(media, "timestamp");
        if (text == null) {
            throw new CollectFailure(InstagramConnector.DISCOVERY + ": a media without timestamp");
        }
        return GraphJson.time(InstagramConnector.DISCOVERY, "timestamp", text);
    }

    /** REELS product type is a reel; IMAGE and CAROUSEL_ALBUM photos; VIDEO video. */
    static String type(JsonNode media) {
        String product = media.path("media_product_type").asText("");
        if (product.equals("REELS")) {
            return "reel";
        }
        if (product.equals("STORY")) {
            return "story";
        }
        return switch (media.path("media_type").asText("")) {
            case "VIDEO" -> "video";
            case "IMAGE", "CAROUSEL_ALBUM" -> "photo";
            default -> "photo";
        };
    }
}

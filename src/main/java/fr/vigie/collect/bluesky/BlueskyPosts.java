package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import fr.vigie.format.Timestamps;
import fr.vigie.ingest.Hashtags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of archived Bluesky answers: the profile ({@code app.bsky.actor.defs#profileViewDetailed})
 * to a snapshot, the author feed's {@code feedViewPost} items to posts. Items with a {@code reason}
 * (repost, pin) and posts by another author are dropped: only the account's own posts count.
 */
final class BlueskyPosts {
    private BlueskyPosts() {}

    static Collected map(List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        RawResponse first = responses.getFirst();
        if (!first.endpoint().equals(BlueskyConnector.PROFILE)) {
            throw new CollectFailure("the profile was not fetched first");
        }
        JsonNode profile = BlueskyJson.parse(first);
        String did = BlueskyJson.text(profile, "did");
        String handle = BlueskyJson.text(profile, "handle");
        if (did == null || handle == null) {
            throw new CollectFailure(BlueskyConnector.PROFILE + ": no did or handle in the profile");
        }
        var snapshot = new Collected.Snapshot(
                fetchedAt,
                did,
                handle,
                BlueskyJson.count(profile, "followersCount"),
                BlueskyJson.count(profile, "followsCount"),
                BlueskyJson.count(profile, "postsCount"));
        Map<String, Collected.Post> posts = new LinkedHashMap<>();
        for (RawResponse response : responses.subList(1, responses.size())) {
            JsonNode feed = BlueskyJson.parse(response).path("feed");
            for (JsonNode item : feed) {
                JsonNode post = item.path("post");
                if (item.has("reason")
                        || !did.equals(post.path("author").path("did").asText())) {
                    continue;
                }
                Collected.Post mapped = post(post, handle, fetchedAt);
                if (since == null || !mapped.publishedAt().isBefore(since)) {
                    posts.putIfAbsent(mapped.postId(), mapped);
                }
            }
        }
        return new Collected(snapshot, List.copyOf(posts.values()));
    }

    /** Whether a feed page holds an own post (no reason) created before {@code since}. */
    static boolean reachedBefore(JsonNode feed, @Nullable Instant since) {
        if (since == null) {
            return false;
        }
        for (JsonNode item : feed.path("feed")) {
            String created = item.path("post").path("record").path("createdAt").asText("");
            if (!item.has("reason") && !created.isEmpty() && createdAt(created).isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    private static Collected.Post post(JsonNode post, String handle, Instant observedAt) {
        String uri = BlueskyJson.text(post, "uri");
        JsonNode record = post.path("record");
        String created = BlueskyJson.text(record, "createdAt");
        if (uri == null || created == null) {
            throw new CollectFailure(BlueskyConnector.FEED + ": a post without uri or record.createdAt");
        }
        String text = BlueskyJson.text(record, "text");
        String rkey = uri.substring(uri.lastIndexOf('/') + 1);
        return new Collected.Post(
                uri,
                createdAt(created),
                type(post.path("embed")),
                text,
                "https://bsky.app/profile/" + handle + "/post/" + rkey,
                hashtags(record, text),
                observedAt,
                BlueskyJson.count(post, "likeCount"),
                BlueskyJson.count(post, "replyCount"),
                BlueskyJson.count(post, "repostCount"),
                BlueskyJson.count(post, "quoteCount"));
    }

    private static Instant createdAt(String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure(BlueskyConnector.FEED + ": record.createdAt " + e.getMessage(), e);
        }
    }

    /** The post type from the embed view; a quote without media is text. */
    static String type(JsonNode embed) {
        return switch (embed.path("$type").asText("")) {
            case "app.bsky.embed.images#view" -> "photo";
            case "app.bsky.embed.video#view" -> "video";
            case "app.bsky.embed.external#view" -> "link";
            case "app.bsky.embed.recordWithMedia#view" -> type(embed.path("media"));
            default -> "text";
        };
    }

    /** Tags of {@code app.bsky.richtext.facet#tag} features, then #tags written in the text. */
    static List<String> hashtags(JsonNode record, @Nullable String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                String tag = BlueskyJson.text(feature, "tag");
                if ("app.bsky.richtext.facet#tag".equals(feature.path("$type").asText()) && tag != null) {
                    try {
                        tags.add(Hashtags.normalise(tag));
                    } catch (IllegalArgumentException e) {
                        // a facet tag may hold characters our stored form refuses: the text's tags remain
                    }
                }
            }
        }
        if (text != null) {
            tags.addAll(Hashtags.extract(text));
        }
        return new ArrayList<>(tags);
    }
}

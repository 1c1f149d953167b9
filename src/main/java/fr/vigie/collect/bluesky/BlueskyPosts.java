package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import fr.vigie.format.Timestamps;
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
 * to a snapshot, the author feed's {@code feedViewPost} items to posts and mentions, the threads to
 * comments. Items with a {@code reason} (repost, pin) and posts by another author are not posts of
 * the account: a repost of another author becomes a REPOST mention; a pinned post is counted where
 * it appears unpinned.
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
        Set<Collected.Mention> mentions = new LinkedHashSet<>();
        Map<String, Collected.Comment> comments = new LinkedHashMap<>();
        for (RawResponse response : responses.subList(1, responses.size())) {
            JsonNode answer = BlueskyJson.parse(response);
            switch (response.endpoint()) {
                case BlueskyConnector.FEED -> {
                    for (JsonNode item : answer.path("feed")) {
                        feedItem(item, did, handle, since, fetchedAt, posts, mentions);
                    }
                }
                case BlueskyConnector.THREAD ->
                    BlueskyThreads.comments(answer, did).forEach(c -> comments.putIfAbsent(c.commentId(), c));
                default -> throw new CollectFailure("unexpected Bluesky endpoint " + response.endpoint());
            }
        }
        return new Collected(
                snapshot, List.copyOf(posts.values()), List.copyOf(comments.values()), List.copyOf(mentions));
    }

    private static void feedItem(
            JsonNode item,
            String did,
            String handle,
            @Nullable Instant since,
            Instant fetchedAt,
            Map<String, Collected.Post> posts,
            Set<Collected.Mention> mentions) {
        JsonNode post = item.path("post");
        if (item.has("reason")) {
            Collected.Mention repost = BlueskyMentions.repost(item, did, fetchedAt);
            if (repost != null && (since == null || !repost.publishedAt().isBefore(since))) {
                mentions.add(repost);
            }
            return;
        }
        if (!did.equals(post.path("author").path("did").asText())) {
            return;
        }
        Collected.Post mapped = post(post, handle, fetchedAt);
        if (since == null || !mapped.publishedAt().isBefore(since)) {
            posts.putIfAbsent(mapped.postId(), mapped);
            mentions.addAll(BlueskyMentions.ofOwnPost(item, did, mapped.postId(), mapped.publishedAt()));
        }
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

    /** URIs of the own posts of a feed page published since {@code since} that have replies. */
    static List<String> postsWithReplies(JsonNode feed, String did, @Nullable Instant since) {
        List<String> uris = new ArrayList<>();
        for (JsonNode item : feed.path("feed")) {
            JsonNode post = item.path("post");
            String uri = BlueskyJson.text(post, "uri");
            String created = BlueskyJson.text(post.path("record"), "createdAt");
            Long replies = BlueskyJson.count(post, "replyCount");
            if (!item.has("reason")
                    && did.equals(post.path("author").path("did").asText())
                    && uri != null
                    && created != null
                    && replies != null
                    && replies > 0
                    && (since == null || !createdAt(created).isBefore(since))) {
                uris.add(uri);
            }
        }
        return uris;
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
                type(post.path("embed"), record),
                text,
                "https://bsky.app/profile/" + handle + "/post/" + rkey,
                BlueskyFacets.hashtags(record, text),
                observedAt,
                BlueskyJson.count(post, "likeCount"),
                BlueskyJson.count(post, "replyCount"),
                BlueskyJson.count(post, "repostCount"),
                BlueskyJson.count(post, "quoteCount"));
    }

    static Instant createdAt(String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure(BlueskyConnector.FEED + ": record.createdAt " + e.getMessage(), e);
        }
    }

    /** The post type from the embed view, else a link facet makes a link; a quote without media is text. */
    static String type(JsonNode embed, JsonNode record) {
        String type = type(embed);
        return type.equals("text") && BlueskyFacets.hasLink(record) ? "link" : type;
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
}

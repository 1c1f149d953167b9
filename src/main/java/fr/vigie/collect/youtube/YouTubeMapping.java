package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of one fetch's archived answers: the {@code channels.list} answer (first) to a
 * snapshot, the {@code videos.list} answers to posts published since {@code since}, and the
 * {@code commentThreads.list} answers to the comments under those posts. Playlist pages only led to
 * the video ids; archived refusals (comments disabled, video gone) map to nothing.
 */
final class YouTubeMapping {
    private YouTubeMapping() {}

    static Collected map(
            CollectTarget target, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        RawResponse first = responses.getFirst();
        if (!first.endpoint().equals(YouTubeConnector.CHANNELS)) {
            throw new CollectFailure("the channel was not fetched first");
        }
        JsonNode channel = YouTubeChannels.channel(first);
        String channelId = YouTubeChannels.id(channel);
        Map<String, Collected.Post> posts = new LinkedHashMap<>();
        Map<String, Collected.Comment> comments = new LinkedHashMap<>();
        for (RawResponse response : responses.subList(1, responses.size())) {
            JsonNode answer = YouTubeJson.parse(response);
            if (YouTubeJson.isRefusal(answer)) {
                continue;
            }
            switch (response.endpoint()) {
                case YouTubeConnector.VIDEOS -> {
                    for (JsonNode video : answer.path("items")) {
                        Collected.Post post = YouTubeVideos.post(video, fetchedAt);
                        if (since == null || !post.publishedAt().isBefore(since)) {
                            posts.putIfAbsent(post.postId(), post);
                        }
                    }
                }
                case YouTubeConnector.COMMENT_THREADS -> {
                    for (JsonNode thread : answer.path("items")) {
                        YouTubeComments.ofThread(thread, channelId)
                                .forEach(c -> comments.putIfAbsent(c.commentId(), c));
                    }
                }
                default -> {} // playlist pages: the ids they gave are in the videos answers
            }
        }
        Set<String> kept = new LinkedHashSet<>(posts.keySet());
        List<Collected.Comment> underKeptPosts = new ArrayList<>();
        for (Collected.Comment comment : comments.values()) {
            if (kept.contains(comment.postId())) {
                underKeptPosts.add(comment);
            }
        }
        return new Collected(
                YouTubeChannels.snapshot(channel, target, fetchedAt),
                List.copyOf(posts.values()),
                underKeptPosts,
                List.of());
    }
}

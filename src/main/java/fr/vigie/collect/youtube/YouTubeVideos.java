package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.ingest.Hashtags;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The uploads playlist's items ({@code playlistItem.contentDetails}) and the {@code video} resources
 * of {@code videos.list}, mapped to posts.
 */
final class YouTubeVideos {
    /** Without {@code since} (first run), comments are read under this many newest videos only. */
    static final int COMMENTED_WHEN_NO_SINCE = 20;

    private static final String PLAYLIST = YouTubeConnector.PLAYLIST_ITEMS;
    private static final String WHERE = YouTubeConnector.VIDEOS;
    private static final Set<String> LIVE = Set.of("live", "upcoming");

    private YouTubeVideos() {}

    /** The video ids of a playlist page published since {@code since} (an item without date is kept). */
    static List<String> idsSince(JsonNode page, @Nullable Instant since) {
        return items(page)
                .filter(item -> {
                    JsonNode details = item.path("contentDetails");
                    return since == null
                            || YouTubeJson.text(details, "videoPublishedAt") == null
                            || !YouTubeJson.instant(details, "videoPublishedAt", PLAYLIST)
                                    .isBefore(since);
                })
                .map(item -> YouTubeJson.text(item.path("contentDetails"), "videoId"))
                .filter(id -> id != null)
                .toList();
    }

    /** Whether a playlist page holds a video published before {@code since}: older pages are not needed. */
    static boolean reachedBefore(JsonNode page, @Nullable Instant since) {
        return since != null
                && items(page).anyMatch(item -> {
                    JsonNode details = item.path("contentDetails");
                    return YouTubeJson.text(details, "videoPublishedAt") != null
                            && YouTubeJson.instant(details, "videoPublishedAt", PLAYLIST)
                                    .isBefore(since);
                });
    }

    private static Stream<JsonNode> items(JsonNode page) {
        return page.path("items").valueStream();
    }

    /**
     * The videos whose comments are read: published since {@code since}, else the
     * {@link #COMMENTED_WHEN_NO_SINCE} newest; a video whose {@code commentCount} is 0 is skipped
     * (nothing to read, a unit saved).
     */
    static List<String> toComment(List<JsonNode> videos, @Nullable Instant since) {
        record Dated(String id, Instant published) {}
        Stream<Dated> dated = videos.stream()
                .filter(v -> !Long.valueOf(0).equals(YouTubeJson.count(v.path("statistics"), "commentCount", WHERE)))
                .map(v -> new Dated(id(v), YouTubeJson.instant(v.path("snippet"), "publishedAt", WHERE)));
        Stream<Dated> chosen = since == null
                ? dated.sorted(Comparator.comparing(Dated::published).reversed())
                        .limit(COMMENTED_WHEN_NO_SINCE)
                : dated.filter(v -> !v.published().isBefore(since));
        return chosen.map(Dated::id).toList();
    }

    static String id(JsonNode video) {
        String id = YouTubeJson.text(video, "id");
        if (id == null) {
            throw new CollectFailure(WHERE + ": a video without id");
        }
        return id;
    }

    /** A video as a post observed at {@code observedAt}; shares and quotes are not exposed by YouTube. */
    static Collected.Post post(JsonNode video, Instant observedAt) {
        String id = id(video);
        JsonNode snippet = video.path("snippet");
        JsonNode statistics = video.path("statistics");
        String title = YouTubeJson.text(snippet, "title");
        String description = YouTubeJson.text(snippet, "description");
        String text = Stream.of(title, description)
                .filter(t -> t != null && !t.isBlank())
                .reduce((a, b) -> a + "\n\n" + b)
                .orElse(null);
        return new Collected.Post(
                id,
                YouTubeJson.instant(snippet, "publishedAt", WHERE),
                type(video),
                text,
                "https://www.youtube.com/watch?v=" + id,
                text == null ? List.of() : Hashtags.extract(text),
                observedAt,
                YouTubeJson.count(statistics, "likeCount", WHERE),
                YouTubeJson.count(statistics, "commentCount", WHERE),
                null,
                null,
                YouTubeJson.count(statistics, "viewCount", WHERE));
    }

    /**
     * {@code live} for a broadcast (live or upcoming now, or a past one: it keeps its
     * {@code liveStreamingDetails}), else {@code video}; YouTube does not tell Shorts apart.
     */
    static String type(JsonNode video) {
        boolean broadcast =
                LIVE.contains(video.path("snippet").path("liveBroadcastContent").asText(""))
                        || video.path("liveStreamingDetails").isObject();
        return broadcast ? "live" : "video";
    }
}

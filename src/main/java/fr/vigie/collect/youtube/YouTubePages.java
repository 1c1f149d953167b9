package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The paged requests of one fetch: the uploads playlist with {@code pageToken}, the videos by 50, and
 * the comment threads of one video with {@code pageToken}, each page archived as it arrives. A page
 * token already seen ends the paging, as does {@link #MAX_PAGES}.
 */
final class YouTubePages {
    private static final int MAX_PAGES = 1_000;
    /** At most this many pages of 100 threads per video: 10 units for the most discussed ones. */
    static final int MAX_COMMENT_PAGES = 10;

    private YouTubePages() {}

    /** The uploads playlist's video ids since {@code since}; a playlist YouTube cannot find holds none. */
    static Set<String> uploadedSince(YouTubeApi api, String playlistId, @Nullable Instant since) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        String pageToken = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String query = "part=contentDetails&playlistId=" + YouTubeApi.encode(playlistId) + "&maxResults=50"
                    + (pageToken == null ? "" : "&pageToken=" + YouTubeApi.encode(pageToken));
            JsonNode answer = YouTubeJson.parse(
                    api.get(YouTubeConnector.PLAYLIST_ITEMS, "playlistItems", query, Set.of("playlistNotFound")));
            if (YouTubeJson.isRefusal(answer)) {
                break;
            }
            ids.addAll(YouTubeVideos.idsSince(answer, since));
            pageToken = YouTubeJson.text(answer, "nextPageToken");
            if (pageToken == null || !seen.add(pageToken) || YouTubeVideos.reachedBefore(answer, since)) {
                break;
            }
        }
        return ids;
    }

    /** The {@code video} resources of these ids, asked 50 at a time. */
    static List<JsonNode> videos(YouTubeApi api, Set<String> ids) {
        List<String> all = List.copyOf(ids);
        List<JsonNode> videos = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 50) {
            List<String> batch = all.subList(from, Math.min(from + 50, all.size()));
            String query = "part=snippet,statistics,contentDetails,liveStreamingDetails&id="
                    + YouTubeApi.encode(String.join(",", batch)) + "&maxResults=50";
            YouTubeJson.parse(api.get(YouTubeConnector.VIDEOS, "videos", query, Set.of()))
                    .path("items")
                    .forEach(videos::add);
        }
        return videos;
    }

    /** The comment threads of one video; disabled comments or a vanished video are no comments. */
    static void comments(YouTubeApi api, String videoId) {
        String pageToken = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_COMMENT_PAGES; page++) {
            String query = "part=snippet,replies&videoId=" + YouTubeApi.encode(videoId)
                    + "&maxResults=100&textFormat=plainText"
                    + (pageToken == null ? "" : "&pageToken=" + YouTubeApi.encode(pageToken));
            JsonNode answer = YouTubeJson.parse(api.get(
                    YouTubeConnector.COMMENT_THREADS,
                    "commentThreads",
                    query,
                    Set.of("commentsDisabled", "videoNotFound")));
            pageToken = YouTubeJson.text(answer, "nextPageToken");
            if (YouTubeJson.isRefusal(answer) || pageToken == null || !seen.add(pageToken)) {
                return;
            }
        }
    }
}

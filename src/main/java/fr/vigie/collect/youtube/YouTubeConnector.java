package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.VigieException;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Connector;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * YouTube through the Data API v3 with an API key: the channel ({@code channels.list}), its uploads
 * playlist page after page ({@code playlistItems.list}, never {@code search.list} which costs 100
 * units) until the end or videos older than {@code since}, the videos' statistics by 50
 * ({@code videos.list}) and the comment threads of recent videos ({@code commentThreads.list}). Every
 * request is counted against the daily quota first ({@link YouTubeQuota}).
 */
public final class YouTubeConnector implements Connector {
    public static final String KEY_SETTING = "VIGIE_YOUTUBE_API_KEY";
    public static final String URL_SETTING = "VIGIE_YOUTUBE_URL";
    public static final String QUOTA_SETTING = "VIGIE_YOUTUBE_DAILY_QUOTA";
    public static final String DEFAULT_URL = "https://www.googleapis.com/youtube/v3";
    public static final long DEFAULT_DAILY_QUOTA = 10_000;

    static final String CHANNELS = "channels.list";
    static final String PLAYLIST_ITEMS = "playlistItems.list";
    static final String VIDEOS = "videos.list";
    static final String COMMENT_THREADS = "commentThreads.list";

    private final String baseUrl;
    private final @Nullable String apiKey;
    private final long dailyQuota;
    private final Function<Instant, Map<String, Long>> archivedRequestsSince;
    private final HttpGetter http;

    /**
     * {@code apiKey} null when not configured ({@link #missingSetting()} names it); {@code dailyQuota}
     * in units; {@code archivedRequestsSince} gives the YouTube requests archived per endpoint since an
     * instant (e.g. {@code RawItemTable.requestsSince("youtube", …)}), so the quota holds across runs.
     */
    public YouTubeConnector(
            String baseUrl,
            @Nullable String apiKey,
            long dailyQuota,
            Function<Instant, Map<String, Long>> archivedRequestsSince,
            HttpGetter http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.dailyQuota = dailyQuota;
        this.archivedRequestsSince = archivedRequestsSince;
        this.http = http;
    }

    /** The connector with the key, URL and quota the environment gives (see docs/connectors/youtube.md). */
    public static YouTubeConnector fromEnvironment(
            Map<String, String> env, HttpGetter http, Function<Instant, Map<String, Long>> archivedRequestsSince) {
        String url = env.get(URL_SETTING);
        return new YouTubeConnector(
                url == null || url.isBlank() ? DEFAULT_URL : url.strip(),
                env.get(KEY_SETTING),
                dailyQuota(env.get(QUOTA_SETTING)),
                archivedRequestsSince,
                http);
    }

    String baseUrl() {
        return baseUrl;
    }

    long dailyQuota() {
        return dailyQuota;
    }

    private static long dailyQuota(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_DAILY_QUOTA;
        }
        if (!text.strip().matches("\\d{1,12}") || Long.parseLong(text.strip()) == 0) {
            throw new VigieException(QUOTA_SETTING + " must be a positive number of units (default "
                    + DEFAULT_DAILY_QUOTA + "), not '" + text.strip() + "'");
        }
        return Long.parseLong(text.strip());
    }

    @Override
    public List<String> endpoints() {
        return List.of(CHANNELS, PLAYLIST_ITEMS, VIDEOS, COMMENT_THREADS);
    }

    @Override
    public String network() {
        return "youtube";
    }

    @Override
    public @Nullable String missingSetting() {
        return apiKey == null ? KEY_SETTING : null;
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        if (apiKey == null) {
            throw new CollectFailure("collecting youtube needs the setting " + KEY_SETTING);
        }
        var api = new YouTubeApi(baseUrl, apiKey, http, new YouTubeQuota(dailyQuota, archivedRequestsSince), archive);
        RawResponse answer = api.get(
                CHANNELS,
                "channels",
                "part=snippet,statistics,contentDetails&" + YouTubeChannels.lookup(account),
                Set.of());
        String uploads = YouTubeChannels.uploads(YouTubeChannels.channel(answer));
        if (uploads == null) {
            return;
        }
        List<JsonNode> videos = YouTubePages.videos(api, YouTubePages.uploadedSince(api, uploads, since));
        for (String videoId : YouTubeVideos.toComment(videos, since)) {
            YouTubePages.comments(api, videoId);
        }
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        return YouTubeMapping.map(account, responses, since, fetchedAt);
    }
}

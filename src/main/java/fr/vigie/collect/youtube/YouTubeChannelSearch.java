package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.AccountSearch;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * YouTube channel search for account discovery: {@code search.list?type=channel&q=…} (100 quota
 * units a call: the same daily quota as collection, counted from the archive, so every answer is
 * archived), then {@code channels.list} (1 unit) for the found channels' handles, descriptions and
 * subscriber counts. YouTube verifies no website: the evidence is the name and the links.
 */
public final class YouTubeChannelSearch implements AccountSearch {
    static final String SEARCH = "search.list";

    private final String baseUrl;
    private final @Nullable String apiKey;
    private final long dailyQuota;
    private final Function<Instant, Map<String, Long>> archivedRequestsSince;
    private final Consumer<RawResponse> archive;
    private final HttpGetter http;

    public YouTubeChannelSearch(
            String baseUrl,
            @Nullable String apiKey,
            long dailyQuota,
            Function<Instant, Map<String, Long>> archivedRequestsSince,
            Consumer<RawResponse> archive,
            HttpGetter http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.dailyQuota = dailyQuota;
        this.archivedRequestsSince = archivedRequestsSince;
        this.archive = archive;
        this.http = http;
    }

    /** On the connector's settings ({@link YouTubeConnector#fromEnvironment}). */
    public static YouTubeChannelSearch fromEnvironment(
            Map<String, String> env,
            HttpGetter http,
            Function<Instant, Map<String, Long>> archivedRequestsSince,
            Consumer<RawResponse> archive) {
        var connector = YouTubeConnector.fromEnvironment(env, http, archivedRequestsSince);
        return new YouTubeChannelSearch(
                connector.baseUrl(),
                env.get(YouTubeConnector.KEY_SETTING),
                connector.dailyQuota(),
                archivedRequestsSince,
                archive,
                http);
    }

    @Override
    public String network() {
        return "youtube";
    }

    @Override
    public @Nullable String missingSetting() {
        return apiKey == null ? YouTubeConnector.KEY_SETTING : null;
    }

    @Override
    public List<Candidate> search(String query, int limit) {
        var api = new YouTubeApi(
                baseUrl, String.valueOf(apiKey), http, new YouTubeQuota(dailyQuota, archivedRequestsSince), archive);
        JsonNode found = YouTubeJson.parse(api.get(
                SEARCH,
                "search",
                "part=snippet&type=channel&maxResults=" + Math.clamp(limit, 1, 50) + "&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8),
                Set.of()));
        List<String> ids = new ArrayList<>();
        for (JsonNode item : found.path("items")) {
            String id = YouTubeJson.text(item.path("id"), "channelId");
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        JsonNode channels = YouTubeJson.parse(api.get(
                YouTubeConnector.CHANNELS,
                "channels",
                "part=snippet,statistics&id=" + String.join(",", ids),
                Set.of()));
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode channel : channels.path("items")) {
            String id = YouTubeJson.text(channel, "id");
            JsonNode snippet = channel.path("snippet");
            String custom = YouTubeJson.text(snippet, "customUrl");
            String description = YouTubeJson.text(snippet, "description");
            candidates.add(new Candidate(
                    network(),
                    custom != null && custom.startsWith("@")
                            ? custom.toLowerCase(java.util.Locale.ROOT)
                            : "channel/" + id,
                    id,
                    YouTubeJson.text(snippet, "title"),
                    description,
                    AccountSearch.domainsIn(description),
                    List.of(),
                    false,
                    channel.path("statistics").path("hiddenSubscriberCount").asBoolean(false)
                            ? null
                            : YouTubeJson.count(
                                    channel.path("statistics"), "subscriberCount", YouTubeConnector.CHANNELS)));
        }
        return candidates;
    }
}

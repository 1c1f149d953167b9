package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CitizenPost;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HashtagSearch;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.RefusedRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Citizens' posts under a hashtag through {@code app.bsky.feed.searchPosts}, which needs an
 * authenticated session (an app password: see {@link BlueskySession}); requests go to the PDS, which
 * passes them to the AppView. Two searches per tag, newest first, paged with {@code cursor}: the tag
 * filter ({@code tag=<tag>&q=%23<tag>}: posts with a {@code #tag} facet or outline tag), then the
 * text ({@code q=%23<tag>}: also posts whose #tag is plain text without a facet, which the tag filter
 * misses). Only the search answers are archived, never the session's.
 */
public final class BlueskyHashtagSearch implements HashtagSearch {
    public static final String IDENTIFIER_SETTING = "VIGIE_BLUESKY_IDENTIFIER";
    public static final String PASSWORD_SETTING = "VIGIE_BLUESKY_APP_PASSWORD";
    public static final String PDS_URL_SETTING = "VIGIE_BLUESKY_PDS_URL";
    public static final String DEFAULT_PDS_URL = "https://bsky.social";
    static final String SEARCH = "app.bsky.feed.searchPosts";
    /** Pages of 100 posts per search and tag and run (so at most 2,000 posts per tag). */
    static final int MAX_PAGES = 10;

    private final String pdsUrl;
    private final @Nullable String identifier;
    private final @Nullable String password;
    private final HttpGetter http;
    private final HttpClient client;
    private @Nullable BlueskySession session;

    public BlueskyHashtagSearch(
            String pdsUrl, @Nullable String identifier, @Nullable String password, HttpGetter http, HttpClient client) {
        this.pdsUrl = pdsUrl.endsWith("/") ? pdsUrl.substring(0, pdsUrl.length() - 1) : pdsUrl;
        this.identifier = blankToNull(identifier);
        this.password = blankToNull(password);
        this.http = http;
        this.client = client;
    }

    /** The search with the settings of the environment (and secrets file). */
    public static BlueskyHashtagSearch fromEnvironment(Map<String, String> env, HttpGetter http) {
        String url = blankToNull(env.get(PDS_URL_SETTING));
        return new BlueskyHashtagSearch(
                url == null ? DEFAULT_PDS_URL : url.strip(),
                env.get(IDENTIFIER_SETTING),
                env.get(PASSWORD_SETTING),
                http,
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build());
    }

    @Override
    public String network() {
        return "bluesky";
    }

    @Override
    public @Nullable String missingSetting() {
        if (identifier == null) {
            return IDENTIFIER_SETTING;
        }
        return password == null ? PASSWORD_SETTING : null;
    }

    @Override
    public void fetchTag(String tag, @Nullable Instant since, Consumer<RawResponse> archive) {
        if (missingSetting() != null) {
            throw new CollectFailure("searching Bluesky hashtags needs the setting " + missingSetting());
        }
        if (session == null) {
            session = new BlueskySession(pdsUrl, identifier, password, client);
        }
        String query = "q=" + encode("#" + tag) + "&sort=latest&limit=100"
                + (since == null ? "" : "&since=" + encode(since.toString()));
        search("tag=" + encode(tag) + "&" + query, since, archive);
        search(query, since, archive);
    }

    private void search(String query, @Nullable Instant since, Consumer<RawResponse> archive) {
        String cursor = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            URI uri = URI.create(
                    pdsUrl + "/xrpc/" + SEARCH + "?" + query + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            RawResponse response = authenticatedGet(uri);
            archive.accept(response);
            JsonNode answer = BlueskyJson.parse(response);
            cursor = BlueskyJson.text(answer, "cursor");
            if (cursor == null || !seen.add(cursor) || answer.path("posts").isEmpty() || olderThan(answer, since)) {
                return;
            }
        }
    }

    /** A GET with the access token; an expired token is renewed once and the request made again. */
    private RawResponse authenticatedGet(URI uri) {
        try {
            return http.get(uri, SEARCH, Map.of("Authorization", "Bearer " + session.accessJwt()));
        } catch (RefusedRequest refused) {
            if (!"ExpiredToken".equals(BlueskyErrors.errorName(refused.body()))) {
                throw refused;
            }
            session.refresh();
            return http.get(uri, SEARCH, Map.of("Authorization", "Bearer " + session.accessJwt()));
        }
    }

    private static boolean olderThan(JsonNode answer, @Nullable Instant since) {
        if (since == null) {
            return false;
        }
        for (JsonNode post : answer.path("posts")) {
            String created = BlueskyJson.text(post.path("record"), "createdAt");
            if (created != null && BlueskyPosts.createdAt(created).isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<CitizenPost> mapTag(String tag, List<RawResponse> responses, @Nullable Instant since) {
        Map<String, CitizenPost> posts = new LinkedHashMap<>();
        for (RawResponse response : responses) {
            if (!response.endpoint().equals(SEARCH)) {
                throw new CollectFailure("unexpected Bluesky endpoint " + response.endpoint());
            }
            for (JsonNode post : BlueskyJson.parse(response).path("posts")) {
                CitizenPost mapped = citizenPost(post);
                if (mapped.hashtags().contains(tag)
                        && (since == null || !mapped.publishedAt().isBefore(since))) {
                    posts.putIfAbsent(mapped.postId(), mapped);
                }
            }
        }
        return new ArrayList<>(posts.values());
    }

    private static CitizenPost citizenPost(JsonNode post) {
        String uri = BlueskyJson.text(post, "uri");
        String did = BlueskyJson.text(post.path("author"), "did");
        JsonNode record = post.path("record");
        String created = BlueskyJson.text(record, "createdAt");
        if (uri == null || did == null || created == null) {
            throw new CollectFailure(SEARCH + ": a post without uri, author.did or record.createdAt");
        }
        String handle = BlueskyJson.text(post.path("author"), "handle");
        String text = BlueskyJson.text(record, "text");
        return new CitizenPost(
                uri,
                did,
                handle == null ? null : handle.toLowerCase(Locale.ROOT),
                BlueskyPosts.createdAt(created),
                BlueskyPosts.type(post.path("embed"), record),
                text,
                BlueskyFacets.hashtags(record, text),
                BlueskyJson.count(post, "likeCount"),
                BlueskyJson.count(post, "replyCount"),
                BlueskyJson.count(post, "repostCount"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

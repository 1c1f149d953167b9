package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Connector;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.RefusedRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Bluesky through its public AppView (no account needed): the profile
 * ({@code app.bsky.actor.getProfile}), the author feed ({@code app.bsky.feed.getAuthorFeed}) page
 * after page with {@code cursor} until the end or until posts are older than {@code since}, then the
 * threads ({@code app.bsky.feed.getPostThread}) of at most {@link #MAX_THREADS} own posts of the
 * period that have replies, newest first.
 */
public final class BlueskyConnector implements Connector {
    /** Environment setting overriding the API's base URL (tests, mirrors). */
    public static final String URL_SETTING = "VIGIE_BLUESKY_URL";

    public static final String DEFAULT_URL = "https://public.api.bsky.app";
    static final String PROFILE = "app.bsky.actor.getProfile";
    static final String FEED = "app.bsky.feed.getAuthorFeed";
    static final String THREAD = "app.bsky.feed.getPostThread";
    /** Threads fetched per account and run: the newest posts with replies (one request each). */
    static final int MAX_THREADS = 50;
    /** Reply levels asked for under each post (the lexicon allows 0–1000, default 6). */
    static final int THREAD_DEPTH = 50;

    private static final int MAX_PAGES = 1_000;

    private final String baseUrl;
    private final HttpGetter http;

    public BlueskyConnector(String baseUrl, HttpGetter http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    /** The connector on the URL the environment gives, else {@link #DEFAULT_URL}. */
    public static BlueskyConnector fromEnvironment(Map<String, String> env, HttpGetter http) {
        String url = env.get(URL_SETTING);
        return new BlueskyConnector(url == null || url.isBlank() ? DEFAULT_URL : url.strip(), http);
    }

    @Override
    public List<String> endpoints() {
        return List.of(PROFILE, FEED, THREAD);
    }

    @Override
    public String network() {
        return "bluesky";
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        String actor = encode(account.actor());
        RawResponse profile = get(baseUrl + "/xrpc/" + PROFILE + "?actor=" + actor, PROFILE);
        archive.accept(profile);
        String did = BlueskyJson.text(BlueskyJson.parse(profile), "did");
        if (did == null) {
            throw new CollectFailure(PROFILE + ": no did in the profile");
        }
        Set<String> threads = new LinkedHashSet<>();
        String cursor = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            String uri = baseUrl + "/xrpc/" + FEED + "?actor=" + actor + "&limit=100"
                    + (cursor == null ? "" : "&cursor=" + encode(cursor));
            RawResponse response = get(uri, FEED);
            archive.accept(response);
            JsonNode feed = BlueskyJson.parse(response);
            threads.addAll(BlueskyPosts.postsWithReplies(feed, did, since));
            cursor = BlueskyJson.text(feed, "cursor");
            if (cursor == null || !seen.add(cursor) || BlueskyPosts.reachedBefore(feed, since)) {
                break;
            }
        }
        threads.stream().limit(MAX_THREADS).forEach(post -> fetchThread(post, archive));
    }

    /** Archives the thread of one post; a post deleted since the feed was read has none (skipped). */
    private void fetchThread(String postUri, Consumer<RawResponse> archive) {
        String uri =
                baseUrl + "/xrpc/" + THREAD + "?uri=" + encode(postUri) + "&depth=" + THREAD_DEPTH + "&parentHeight=0";
        try {
            archive.accept(http.get(URI.create(uri), THREAD));
        } catch (RefusedRequest refused) {
            if (!"NotFound".equals(BlueskyErrors.errorName(refused.body()))) {
                throw refused;
            }
        }
    }

    private RawResponse get(String uri, String endpoint) {
        try {
            return http.get(URI.create(uri), endpoint);
        } catch (RefusedRequest refused) {
            throw BlueskyErrors.classify(refused);
        }
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        return BlueskyPosts.map(responses, since, fetchedAt);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

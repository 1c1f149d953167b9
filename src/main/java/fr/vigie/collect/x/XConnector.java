package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.VigieException;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * X through the API v2 with an app-only bearer token (sent only in the {@code Authorization} header):
 * the user ({@code GET /2/users/:id}, or {@code /2/users/by/username/:username} until its id is
 * known), then its posts ({@code GET /2/users/:id/tweets}) since {@code since}, page after page with
 * {@code pagination_token} until {@code meta.next_token} is absent; when {@link #SEARCH_SETTING} is
 * {@code recent}, the replies under its posts of the last 7 days ({@code GET /2/tweets/search/recent}).
 */
public final class XConnector implements Connector {
    public static final String TOKEN_SETTING = "VIGIE_X_BEARER_TOKEN";
    public static final String URL_SETTING = "VIGIE_X_URL";
    /** {@code recent} turns the search of replies on (it needs a paid access level and uses the post cap). */
    public static final String SEARCH_SETTING = "VIGIE_X_SEARCH";

    public static final String DEFAULT_URL = "https://api.x.com/2";
    static final String USER_BY_USERNAME = "2/users/by/username";
    static final String USER_BY_ID = "2/users";
    static final String TWEETS = "2/users/tweets";
    static final String SEARCH = "2/tweets/search/recent";
    /** Recent search reaches back 7 days. */
    static final Duration SEARCH_WINDOW = Duration.ofDays(7);

    private static final int MAX_PAGES = 100;
    private static final String USER_FIELDS = "user.fields=public_metrics,created_at,verified,description,url";
    private static final String TWEET_FIELDS = "tweet.fields=created_at,public_metrics,entities,referenced_tweets,"
            + "conversation_id,attachments,author_id,in_reply_to_user_id,note_tweet";
    private static final String EXPANSIONS = "expansions=attachments.media_keys,referenced_tweets.id,"
            + "referenced_tweets.id.author_id,in_reply_to_user_id&media.fields=type&user.fields=username";
    private static final String REPLY_FIELDS =
            "tweet.fields=created_at,public_metrics,referenced_tweets,conversation_id,author_id";
    /** X refuses a start_time before this date. */
    private static final Instant EARLIEST = Instant.parse("2010-11-06T00:00:01Z");

    private final String baseUrl;
    private final @Nullable String token;
    private final boolean searchReplies;
    private final HttpGetter http;
    private final XRateWindows windows = new XRateWindows();

    /** {@code token} null when the setting is missing; {@code searchReplies} for the opt-in recent search. */
    public XConnector(String baseUrl, @Nullable String token, boolean searchReplies, HttpGetter http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.searchReplies = searchReplies;
        this.http = http;
    }

    /** The connector the settings describe: {@link #TOKEN_SETTING}, {@link #URL_SETTING}, {@link #SEARCH_SETTING}. */
    public static XConnector fromEnvironment(Map<String, String> env, HttpGetter http) {
        String url = env.get(URL_SETTING);
        String search = env.getOrDefault(SEARCH_SETTING, "").strip();
        if (!search.isEmpty() && !search.equals("recent") && !search.equals("off")) {
            throw new VigieException(SEARCH_SETTING + " is '" + search + "'; it must be 'recent' (search the replies"
                    + " of the last 7 days, paid access levels only) or 'off' (the default)");
        }
        return new XConnector(
                url == null || url.isBlank() ? DEFAULT_URL : url.strip(),
                env.get(TOKEN_SETTING),
                search.equals("recent"),
                http);
    }

    @Override
    public List<String> endpoints() {
        return List.of(USER_BY_USERNAME, USER_BY_ID, TWEETS, SEARCH);
    }

    @Override
    public String network() {
        return "x";
    }

    @Override
    public @Nullable String missingSetting() {
        return token == null ? TOKEN_SETTING : null;
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        RawResponse lookup = account.platformId() != null
                        && !account.platformId().isBlank()
                ? get("/users/" + encode(account.platformId()) + "?" + USER_FIELDS, USER_BY_ID, archive)
                : get("/users/by/username/" + encode(account.handle()) + "?" + USER_FIELDS, USER_BY_USERNAME, archive);
        String id = XMapping.userId(lookup.endpoint(), XProblems.user(lookup.endpoint(), XJson.object(lookup)));
        String start =
                since == null ? "" : "&start_time=" + encode(rfc3339(since.isBefore(EARLIEST) ? EARLIEST : since));
        Instant searchFrom = http.now().minus(SEARCH_WINDOW).plus(Duration.ofMinutes(1));
        Instant from = since != null && since.isAfter(searchFrom) ? since : searchFrom;
        List<String> conversations = new java.util.ArrayList<>();
        String next = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = "/users/" + encode(id) + "/tweets?max_results=100&" + TWEET_FIELDS + "&" + EXPANSIONS + start
                    + (next == null ? "" : "&pagination_token=" + encode(next));
            RawResponse response = get(path, TWEETS, archive);
            JsonNode answer = XProblems.page(TWEETS, XJson.object(response));
            conversations.addAll(XTweets.conversations(answer, id, from));
            next = XJson.text(answer.path("meta"), "next_token");
            if (next == null || !seen.add(next)) {
                break;
            }
        }
        if (searchReplies) {
            conversations.forEach(post -> searchReplies(post, archive));
        }
    }

    /** Every page of the replies in the conversation of the post {@code postId}. */
    private void searchReplies(String postId, Consumer<RawResponse> archive) {
        String next = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = "/tweets/search/recent?query=" + encode("conversation_id:" + postId) + "&max_results=100&"
                    + REPLY_FIELDS + (next == null ? "" : "&next_token=" + encode(next));
            JsonNode answer = XProblems.page(SEARCH, XJson.object(get(path, SEARCH, archive)));
            next = XJson.text(answer.path("meta"), "next_token");
            if (next == null || !seen.add(next)) {
                return;
            }
        }
    }

    /** GETs {@code path} with the token in the Authorization header only, and archives the answer. */
    private RawResponse get(String path, String endpoint, Consumer<RawResponse> archive) {
        if (token == null) {
            throw new CollectFailure("collecting x needs the setting " + TOKEN_SETTING);
        }
        windows.checkOpen(endpoint, http.now());
        RawResponse response;
        try {
            response = http.get(
                    URI.create(baseUrl + path),
                    endpoint,
                    Map.of("Authorization", "Bearer " + token),
                    XProblems.THROTTLED);
        } catch (RefusedRequest refused) {
            throw XProblems.refusal(endpoint, refused);
        }
        archive.accept(response);
        windows.observe(response);
        return response;
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        return XMapping.map(responses, since, fetchedAt);
    }

    /** {@code YYYY-MM-DDTHH:mm:ssZ}, the form X asks for. */
    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

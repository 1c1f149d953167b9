package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Connector;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Facebook Pages through the Graph API: the Page node, its {@code /posts} edge paged with
 * {@code after} while {@code paging.next} says there is more (from {@code since}), then the comments
 * of the newest posts since {@code since} — at most {@link #POSTS_WITH_COMMENTS} posts, skipping
 * those whose comment summary says zero — read through the post node's {@code comments} expansion so
 * that every archived answer names its post.
 */
public final class FacebookConnector implements Connector {
    public static final String TOKEN_SETTING = GraphApi.TOKEN_SETTING;
    public static final String URL_SETTING = GraphApi.URL_SETTING;
    public static final String DEFAULT_URL = GraphApi.DEFAULT_URL;
    /** Comments are read for at most this many posts per run (the newest). */
    public static final int POSTS_WITH_COMMENTS = 100;

    static final String PAGE = "page";
    static final String POSTS = "page/posts";
    static final String COMMENTS = "post/comments";
    static final String PAGE_FIELDS = "id,name,username,followers_count,fan_count,link,verification_status";
    static final String POST_FIELDS = "id,created_time,message,permalink_url,status_type,attachments{media_type},"
            + "shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)";
    static final String COMMENT_FIELDS = "{id,from{id},created_time,message,like_count,parent{id}}";
    private static final int MAX_PAGES = 1_000;
    private static final int MAX_COMMENT_PAGES = 50;

    private final GraphApi graph;

    /** The connector on {@code baseUrl} with {@code token}; {@code sleeper} waits usage pauses. */
    public FacebookConnector(String baseUrl, @Nullable String token, HttpGetter http, HttpGetter.Sleeper sleeper) {
        this.graph = new GraphApi(baseUrl, token, http, sleeper);
    }

    private FacebookConnector(GraphApi graph) {
        this.graph = graph;
    }

    /** {@value GraphApi#TOKEN_SETTING} and {@value GraphApi#URL_SETTING} (default {@value GraphApi#DEFAULT_URL}). */
    public static FacebookConnector fromEnvironment(Map<String, String> env, HttpGetter http) {
        return new FacebookConnector(GraphApi.fromEnvironment(env, http));
    }

    @Override
    public List<String> endpoints() {
        return List.of(PAGE, POSTS, COMMENTS);
    }

    @Override
    public String network() {
        return "facebook";
    }

    @Override
    public @Nullable String missingSetting() {
        return graph.hasToken() ? null : TOKEN_SETTING;
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        RawResponse page = graph.get(encode(account.actor()), Map.of("fields", PAGE_FIELDS), PAGE, archive);
        String pageId = FacebookPosts.pageId(GraphJson.parse(page));
        List<String> commented = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String after = null;
        for (int n = 0; n < MAX_PAGES; n++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("fields", POST_FIELDS);
            query.put("limit", "100");
            if (since != null) {
                query.put("since", Long.toString(since.getEpochSecond()));
            }
            if (after != null) {
                query.put("after", after);
            }
            JsonNode posts = GraphJson.parse(graph.get(encode(pageId) + "/posts", query, POSTS, archive));
            boolean older = false;
            for (JsonNode post : posts.path("data")) {
                boolean recent =
                        since == null || !FacebookPosts.createdTime(post).isBefore(since);
                older |= !recent;
                Long count = GraphJson.count(post.path("comments").path("summary"), "total_count");
                String id = GraphJson.id(post, "id");
                if (recent && id != null && (count == null || count > 0) && commented.size() < POSTS_WITH_COMMENTS) {
                    commented.add(id);
                }
            }
            after = GraphJson.nextCursor(posts);
            if (after == null || !seen.add(after) || older) {
                break;
            }
        }
        for (String postId : commented) {
            fetchComments(postId, archive);
        }
    }

    private void fetchComments(String postId, Consumer<RawResponse> archive) {
        String after = null;
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < MAX_COMMENT_PAGES; n++) {
            String edge = "comments.filter(stream).limit(100)" + (after == null ? "" : ".after(" + after + ")");
            JsonNode answer = GraphJson.parse(
                    graph.get(encode(postId), Map.of("fields", "id," + edge + COMMENT_FIELDS), COMMENTS, archive));
            after = GraphJson.nextCursor(answer.path("comments"));
            if (after == null || !seen.add(after)) {
                return;
            }
        }
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        return FacebookPosts.map(responses, since, fetchedAt);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

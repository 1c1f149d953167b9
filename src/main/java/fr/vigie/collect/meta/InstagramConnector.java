package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Connector;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Instagram professional accounts through business discovery, called on the observatory's own IG
 * professional account ({@value #BUSINESS_ID_SETTING}): the profile and its media 50 at a time, the
 * next page asked with {@code .after(cursor)} inside the field expansion, until no
 * {@code paging.cursors.after} or media older than {@code since}. Business discovery takes a
 * username, never an id: a renamed account answers "not found" until the registry follows it.
 */
public final class InstagramConnector implements Connector {
    public static final String TOKEN_SETTING = GraphApi.TOKEN_SETTING;
    public static final String URL_SETTING = GraphApi.URL_SETTING;
    public static final String BUSINESS_ID_SETTING = "VIGIE_INSTAGRAM_BUSINESS_ID";

    static final String DISCOVERY = "business_discovery";
    static final String PROFILE_FIELDS = "id,username,followers_count,follows_count,media_count";
    static final String MEDIA_FIELDS =
            "{id,caption,media_type,media_product_type,permalink,timestamp,like_count,comments_count}";
    private static final int MAX_PAGES = 200;

    private final GraphApi graph;
    private final @Nullable String businessId;

    /** The connector on {@code baseUrl}, querying through the IG professional account {@code businessId}. */
    public InstagramConnector(
            String baseUrl,
            @Nullable String token,
            @Nullable String businessId,
            HttpGetter http,
            HttpGetter.Sleeper sleeper) {
        this(new GraphApi(baseUrl, token, http, sleeper), businessId);
    }

    private InstagramConnector(GraphApi graph, @Nullable String businessId) {
        this.graph = graph;
        this.businessId = businessId == null || businessId.isBlank() ? null : businessId.strip();
    }

    /** {@value GraphApi#TOKEN_SETTING}, {@value #BUSINESS_ID_SETTING} and {@value GraphApi#URL_SETTING}. */
    public static InstagramConnector fromEnvironment(Map<String, String> env, HttpGetter http) {
        return new InstagramConnector(GraphApi.fromEnvironment(env, http), env.get(BUSINESS_ID_SETTING));
    }

    @Override
    public List<String> endpoints() {
        return List.of(DISCOVERY);
    }

    @Override
    public String network() {
        return "instagram";
    }

    @Override
    public @Nullable String missingSetting() {
        if (!graph.hasToken()) {
            return TOKEN_SETTING;
        }
        return businessId == null ? BUSINESS_ID_SETTING : null;
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        if (businessId == null) {
            throw new CollectFailure("collecting instagram needs the setting " + BUSINESS_ID_SETTING);
        }
        String username = username(account.handle());
        String after = null;
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < MAX_PAGES; n++) {
            String fields = "business_discovery.username(" + username + "){"
                    + (after == null ? PROFILE_FIELDS + ",media.limit(50)" : "media.limit(50).after(" + after + ")")
                    + MEDIA_FIELDS + "}";
            JsonNode body = GraphJson.parse(graph.get(businessId, Map.of("fields", fields), DISCOVERY, archive));
            JsonNode media = InstagramMedia.discovered(body).path("media");
            after = GraphJson.afterCursor(media);
            if (after == null
                    || media.path("data").isEmpty()
                    || !seen.add(after)
                    || InstagramMedia.reachedBefore(media, since)) {
                return;
            }
        }
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        return InstagramMedia.map(responses, since, fetchedAt);
    }

    /** The registered handle without its {@code @}; business discovery refuses anything else. */
    static String username(String handle) {
        String name = handle.strip();
        name = name.startsWith("@") ? name.substring(1) : name;
        if (!name.matches("[A-Za-z0-9._]{1,30}")) {
            throw new CollectFailure("handle '" + handle + "' is not an Instagram username (letters, digits, . and _)");
        }
        return name;
    }
}

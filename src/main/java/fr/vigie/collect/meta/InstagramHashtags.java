package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import fr.vigie.ingest.Hashtags;
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
 * Instagram hashtag search on behalf of the observatory's IG professional account:
 * {@code GET /ig_hashtag_search?user_id=…&q=<tag>} gives the hashtag's id, then
 * {@code GET /<hashtag-id>/recent_media} gives public media of the last 24 hours carrying it, 50 a
 * page. Each new hashtag is first reserved in the {@link HashtagBudget} (30 unique per 7 days).
 * Archive the answers under network {@code instagram}: the budget counts the archived searches.
 */
public final class InstagramHashtags {
    /** The search's endpoint label is {@code ig_hashtag_search:<tag>} (the tag is no secret). */
    public static final String SEARCH = "ig_hashtag_search";

    public static final String RECENT = "hashtag/recent_media";
    static final String RECENT_FIELDS = "id,caption,media_type,timestamp,like_count,comments_count,permalink";
    private static final int MAX_PAGES = 20;

    private final GraphApi graph;
    private final @Nullable String businessId;
    private final HashtagBudget budget;

    public InstagramHashtags(
            String baseUrl,
            @Nullable String token,
            @Nullable String businessId,
            HttpGetter http,
            HttpGetter.Sleeper sleeper,
            HashtagBudget budget) {
        this(new GraphApi(baseUrl, token, http, sleeper), businessId, budget);
    }

    private InstagramHashtags(GraphApi graph, @Nullable String businessId, HashtagBudget budget) {
        this.graph = graph;
        this.businessId = businessId == null || businessId.isBlank() ? null : businessId.strip();
        this.budget = budget;
    }

    /** On the settings of {@link InstagramConnector#fromEnvironment}. */
    public static InstagramHashtags fromEnvironment(Map<String, String> env, HttpGetter http, HashtagBudget budget) {
        return new InstagramHashtags(
                GraphApi.fromEnvironment(env, http), env.get(InstagramConnector.BUSINESS_ID_SETTING), budget);
    }

    /** The label under which the search of {@code tag} is archived. */
    public static String searchLabel(String tag) {
        return SEARCH + ":" + tag;
    }

    /**
     * Searches {@code hashtag} (with or without {@code #}) and pages its recent media until none is
     * left or one is older than {@code since}; refused by the budget before any request.
     */
    public void fetch(String hashtag, @Nullable Instant since, Consumer<RawResponse> archive) {
        if (businessId == null || !graph.hasToken()) {
            throw new CollectFailure("hashtag search needs the settings " + GraphApi.TOKEN_SETTING + " and "
                    + InstagramConnector.BUSINESS_ID_SETTING);
        }
        String tag = tag(hashtag);
        budget.reserve(tag);
        JsonNode found = GraphJson.parse(graph.get(SEARCH, params("q", tag), searchLabel(tag), archive));
        String id = found.path("data").isEmpty()
                ? null
                : GraphJson.id(found.path("data").get(0), "id");
        if (id == null) {
            return;
        }
        String after = null;
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < MAX_PAGES; n++) {
            Map<String, String> query = params("fields", RECENT_FIELDS);
            query.put("limit", "50");
            if (after != null) {
                query.put("after", after);
            }
            JsonNode page = GraphJson.parse(graph.get(id + "/recent_media", query, RECENT, archive));
            after = GraphJson.nextCursor(page);
            if (after == null || !seen.add(after) || InstagramMedia.reachedBefore(page, since)) {
                return;
            }
        }
    }

    /** Maps the answers of one {@link #fetch} (pure): the media, once each, with the hashtag searched. */
    public List<HashtagMedia> map(List<RawResponse> responses) {
        String tag = null;
        Map<String, HashtagMedia> media = new LinkedHashMap<>();
        for (RawResponse response : responses) {
            if (response.endpoint().startsWith(SEARCH + ":")) {
                tag = response.endpoint().substring(SEARCH.length() + 1);
                GraphJson.parse(response);
            } else if (response.endpoint().equals(RECENT) && tag != null) {
                for (JsonNode item : GraphJson.parse(response).path("data")) {
                    HashtagMedia mapped = media(item, tag);
                    media.putIfAbsent(mapped.mediaId(), mapped);
                }
            } else {
                throw new CollectFailure(
                        "unexpected archived endpoint " + response.endpoint() + " in a hashtag search");
            }
        }
        return new ArrayList<>(media.values());
    }

    private static HashtagMedia media(JsonNode item, String tag) {
        String id = GraphJson.id(item, "id");
        if (id == null) {
            throw new CollectFailure(RECENT + ": a media without id");
        }
        String caption = GraphJson.text(item, "caption");
        return new HashtagMedia(
                id,
                tag,
                InstagramMedia.timestamp(item),
                InstagramMedia.type(item),
                caption,
                GraphJson.text(item, "permalink"),
                caption == null ? List.of() : Hashtags.extract(caption),
                GraphJson.count(item, "like_count"),
                GraphJson.count(item, "comments_count"));
    }

    private Map<String, String> params(String name, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("user_id", String.valueOf(businessId));
        query.put(name, value);
        return query;
    }

    private static String tag(String hashtag) {
        try {
            return Hashtags.normalise(hashtag);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure("'" + hashtag + "' is not a hashtag: " + e.getMessage(), e);
        }
    }
}

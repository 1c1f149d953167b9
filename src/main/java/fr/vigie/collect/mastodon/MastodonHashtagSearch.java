package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CitizenPost;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HashtagSearch;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.RefusedRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Citizens' statuses under a hashtag through the tag timeline of each configured instance
 * ({@code GET /api/v1/timelines/tag/:hashtag}, no token), newest first, paged with the {@code max_id}
 * of the {@code Link} header's {@code rel="next"}. An instance's tag timeline holds its local statuses
 * and the remote ones it knows of: the same status seen from two instances has two ids, so a post is
 * identified by its {@code uri} (the ActivityPub id, the same everywhere) and its author by
 * {@code user@instance}.
 */
public final class MastodonHashtagSearch implements HashtagSearch {
    /** Comma-separated instances whose tag timelines are read; default: the registered accounts' instances. */
    public static final String INSTANCES_SETTING = "VIGIE_MASTODON_TAG_INSTANCES";

    static final String TAG_TIMELINE = "api/v1/timelines/tag";
    /** Pages of 40 statuses per instance, tag and run. */
    static final int MAX_PAGES = 10;

    private final Supplier<List<String>> instances;
    private final UnaryOperator<String> baseUrlOfInstance;
    private final HttpGetter http;

    public MastodonHashtagSearch(
            Supplier<List<String>> instances, UnaryOperator<String> baseUrlOfInstance, HttpGetter http) {
        this.instances = instances;
        this.baseUrlOfInstance = baseUrlOfInstance;
        this.http = http;
    }

    /**
     * The instances of {@link #INSTANCES_SETTING}, else {@code registeredInstances}; each at
     * {@code https://<instance>} unless {@code VIGIE_MASTODON_URL} sends them all to one URL.
     */
    public static MastodonHashtagSearch fromEnvironment(
            Map<String, String> env, HttpGetter http, Supplier<List<String>> registeredInstances) {
        String configured = env.get(INSTANCES_SETTING);
        Supplier<List<String>> instances = configured == null || configured.isBlank()
                ? registeredInstances
                : () -> Arrays.stream(configured.split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        String url = env.get(MastodonConnector.URL_SETTING);
        if (url == null || url.isBlank()) {
            return new MastodonHashtagSearch(instances, instance -> "https://" + instance, http);
        }
        String base = url.strip().replaceAll("/+$", "");
        return new MastodonHashtagSearch(instances, instance -> base, http);
    }

    @Override
    public String network() {
        return "mastodon";
    }

    @Override
    public void fetchTag(String tag, @Nullable Instant since, Consumer<RawResponse> archive) {
        List<String> all = instances.get();
        if (all.isEmpty()) {
            throw new CollectFailure(
                    "no Mastodon instance to search: register a Mastodon account or set " + INSTANCES_SETTING);
        }
        for (String instance : all) {
            fetchInstance(instance, tag, since, archive);
        }
    }

    private void fetchInstance(String instance, String tag, @Nullable Instant since, Consumer<RawResponse> archive) {
        String base = baseUrlOfInstance.apply(instance) + "/api/v1/timelines/tag/" + encode(tag) + "?limit=40";
        String maxId = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            RawResponse response;
            try {
                response = http.get(URI.create(base + (maxId == null ? "" : "&max_id=" + encode(maxId))), TAG_TIMELINE);
            } catch (RefusedRequest refused) {
                throw new CollectFailure(instance + ": " + refused.getMessage(), refused);
            }
            archive.accept(response);
            JsonNode statuses = MastodonJson.array(response);
            maxId = MastodonConnector.nextMaxId(response.header("Link"));
            if (maxId == null
                    || statuses.isEmpty()
                    || !seen.add(maxId)
                    || MastodonStatuses.reachedBefore(statuses, since)) {
                return;
            }
        }
    }

    @Override
    public List<CitizenPost> mapTag(String tag, List<RawResponse> responses, @Nullable Instant since) {
        Map<String, CitizenPost> posts = new LinkedHashMap<>();
        for (RawResponse response : responses) {
            if (!response.endpoint().equals(TAG_TIMELINE)) {
                throw new CollectFailure("unexpected Mastodon endpoint " + response.endpoint());
            }
            for (JsonNode status : MastodonJson.array(response)) {
                JsonNode reblog = status.path("reblog");
                if (reblog.isObject()) {
                    continue;
                }
                CitizenPost post = citizenPost(status);
                if (post.hashtags().contains(tag)
                        && (since == null || !post.publishedAt().isBefore(since))) {
                    posts.putIfAbsent(post.postId(), post);
                }
            }
        }
        return new ArrayList<>(posts.values());
    }

    private static CitizenPost citizenPost(JsonNode status) {
        String uri = MastodonJson.text(status, "uri");
        String created = MastodonJson.text(status, "created_at");
        String author = MastodonMentions.normalisedAcct(status.path("account"), null);
        if (uri == null || created == null || author == null) {
            throw new CollectFailure(TAG_TIMELINE + ": a status without uri, created_at or account.acct");
        }
        Instant publishedAt = MastodonStatuses.createdAt(created);
        String html = MastodonJson.text(status, "content");
        String text = html == null ? null : MastodonHtml.plainText(html);
        return new CitizenPost(
                uri,
                author,
                author,
                publishedAt,
                MastodonStatuses.type(status),
                text == null || text.isEmpty() ? null : text,
                MastodonStatuses.hashtags(status, text),
                MastodonJson.count(status, "favourites_count"),
                MastodonJson.count(status, "replies_count"),
                MastodonJson.count(status, "reblogs_count"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

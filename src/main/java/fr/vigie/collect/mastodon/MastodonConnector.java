package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.AccountGone;
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
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Mastodon through each account's own instance, without a token: the account
 * ({@code GET /api/v1/accounts/lookup?acct=user}) then its statuses
 * ({@code GET /api/v1/accounts/:id/statuses}), page after page with the {@code max_id} of the
 * {@code Link} header's {@code rel="next"} until there is none or statuses are older than {@code since},
 * then the replies ({@code GET /api/v1/statuses/:id/context}) of at most {@link #MAX_CONTEXTS} own
 * statuses of the period that have replies, newest first.
 */
public final class MastodonConnector implements Connector {
    /** Environment setting sending every instance's requests to one base URL (tests, proxies). */
    public static final String URL_SETTING = "VIGIE_MASTODON_URL";

    static final String LOOKUP = "api/v1/accounts/lookup";
    static final String STATUSES = "api/v1/accounts/statuses";
    static final String CONTEXT = "api/v1/statuses/context";
    /** Contexts fetched per account and run: the newest statuses with replies (one request each). */
    static final int MAX_CONTEXTS = 50;

    private static final int MAX_PAGES = 1_000;
    private static final Pattern NEXT_MAX_ID =
            Pattern.compile("<[^>]*[?&]max_id=([^&>]+)[^>]*>\\s*;\\s*rel=\"?next\"?");

    private final UnaryOperator<String> baseUrlOfInstance;
    private final HttpGetter http;

    /** {@code baseUrlOfInstance} gives the base URL of an instance, e.g. {@code https://mastodon.social}. */
    public MastodonConnector(UnaryOperator<String> baseUrlOfInstance, HttpGetter http) {
        this.baseUrlOfInstance = baseUrlOfInstance;
        this.http = http;
    }

    /** Each instance at {@code https://<instance>}, unless the environment sends them all to one URL. */
    public static MastodonConnector fromEnvironment(Map<String, String> env, HttpGetter http) {
        String url = env.get(URL_SETTING);
        if (url == null || url.isBlank()) {
            return new MastodonConnector(instance -> "https://" + instance, http);
        }
        String base =
                url.strip().endsWith("/") ? url.strip().substring(0, url.strip().length() - 1) : url.strip();
        return new MastodonConnector(instance -> base, http);
    }

    @Override
    public List<String> endpoints() {
        return List.of(LOOKUP, STATUSES, CONTEXT);
    }

    @Override
    public String network() {
        return "mastodon";
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        String handle = account.handle();
        int at = handle.indexOf('@');
        if (at <= 0 || at == handle.length() - 1) {
            throw new CollectFailure("handle '" + handle + "' is not user@instance.tld");
        }
        String base = baseUrlOfInstance.apply(handle.substring(at + 1));
        RawResponse lookup = lookup(base + "/" + LOOKUP + "?acct=" + encode(handle.substring(0, at)));
        archive.accept(lookup);
        JsonNode found = MastodonJson.object(lookup);
        MastodonStatuses.checkAvailable(found, handle);
        String id = MastodonStatuses.accountId(found);
        Set<String> withReplies = new LinkedHashSet<>();
        String maxId = null;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            String uri = base + "/api/v1/accounts/" + encode(id) + "/statuses?limit=40&exclude_reblogs=true"
                    + (maxId == null ? "" : "&max_id=" + encode(maxId));
            RawResponse response = http.get(URI.create(uri), STATUSES);
            archive.accept(response);
            JsonNode statuses = MastodonJson.array(response);
            withReplies.addAll(MastodonStatuses.statusesWithReplies(statuses, since));
            maxId = nextMaxId(response.header("Link"));
            if (maxId == null
                    || statuses.isEmpty()
                    || !seen.add(maxId)
                    || MastodonStatuses.reachedBefore(statuses, since)) {
                break;
            }
        }
        withReplies.stream().limit(MAX_CONTEXTS).forEach(status -> fetchContext(base, status, archive));
    }

    /** The lookup; a 404 means no such account on the instance, a 410 that it was deleted. */
    private RawResponse lookup(String uri) {
        try {
            return http.get(URI.create(uri), LOOKUP);
        } catch (RefusedRequest refused) {
            throw switch (refused.status()) {
                case 404 -> new AccountGone(AccountGone.Kind.NOT_FOUND, refused.getMessage());
                case 410 -> new AccountGone(AccountGone.Kind.DELETED, refused.getMessage());
                default -> refused;
            };
        }
    }

    /** Archives the context of one status; a status deleted since the timeline was read has none (404). */
    private void fetchContext(String base, String statusId, Consumer<RawResponse> archive) {
        try {
            archive.accept(http.get(URI.create(base + "/api/v1/statuses/" + encode(statusId) + "/context"), CONTEXT));
        } catch (RefusedRequest refused) {
            if (refused.status() != 404) {
                throw refused;
            }
        }
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        return MastodonStatuses.map(account.handle(), responses, since, fetchedAt);
    }

    /** The {@code max_id} of the {@code rel="next"} link of a {@code Link} header, or null. */
    static @Nullable String nextMaxId(@Nullable String link) {
        if (link == null) {
            return null;
        }
        Matcher next = NEXT_MAX_ID.matcher(link);
        return next.find() ? java.net.URLDecoder.decode(next.group(1), StandardCharsets.UTF_8) : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

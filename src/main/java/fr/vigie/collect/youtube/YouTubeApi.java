package fr.vigie.collect.youtube;

import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.RefusedRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The requests of one fetch: each is counted against the {@link YouTubeQuota} before it leaves, carries
 * the key in the {@code X-Goog-Api-Key} header, Google's system parameter equivalent to {@code key=},
 * so that it never appears in a URL, a proxy's log or an archived label (and every failure message is
 * still cleaned of the key, should an error body quote it), and its answer is archived before anyone reads it.
 * Refusals are translated here, in one place.
 */
final class YouTubeApi {
    /** Google\'s header form of the {@code key} system parameter (cloud.google.com/apis/docs/system-parameters). */
    static final String KEY_HEADER = "X-Goog-Api-Key";

    private static final Set<String> SLOW_DOWN = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final Set<String> KEY_PROBLEMS = Set.of(
            "keyInvalid",
            "keyExpired",
            "API_KEY_INVALID",
            "accessNotConfigured",
            "SERVICE_DISABLED",
            "ipRefererBlocked");

    /** 429, or a 403 whose reason is {@code rateLimitExceeded}/{@code userRateLimitExceeded}: wait, then retry. */
    static final HttpGetter.Throttled THROTTLED = (status, body) ->
            status == 429 || (status == 403 && !Collections.disjoint(YouTubeJson.errorReasons(body), SLOW_DOWN));

    private final String baseUrl;
    private final String apiKey;
    private final HttpGetter http;
    private final YouTubeQuota quota;
    private final Consumer<RawResponse> archive;

    YouTubeApi(String baseUrl, String apiKey, HttpGetter http, YouTubeQuota quota, Consumer<RawResponse> archive) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.http = http;
        this.quota = quota;
        this.archive = archive;
    }

    /**
     * GETs {@code <base>/<path>?<query>} with the key in the {@code X-Goog-Api-Key} header, labelled
     * {@code endpoint}, and archives the answer. A
     * refusal whose reason is in {@code nothingHere} (comments disabled, video gone) is archived too and
     * returned as the answer: it costs a unit, and it means "no data", not a failure.
     */
    RawResponse get(String endpoint, String path, String query, Set<String> nothingHere) {
        quota.spend(endpoint, http.now());
        URI uri = URI.create(baseUrl + "/" + path + "?" + query);
        RawResponse response;
        try {
            response = http.get(uri, endpoint, Map.of(KEY_HEADER, apiKey), THROTTLED);
        } catch (RefusedRequest refused) {
            byte[] body = refused.body().getBytes(StandardCharsets.UTF_8);
            Set<String> reasons = YouTubeJson.errorReasons(body);
            if (Collections.disjoint(reasons, nothingHere)) {
                throw refusal(endpoint, refused.status(), reasons, body);
            }
            response = new RawResponse(endpoint, "application/json; charset=UTF-8", body, http.now());
        } catch (CollectFailure failure) {
            throw clean(failure);
        }
        archive.accept(response);
        return response;
    }

    private CollectFailure refusal(String endpoint, int status, Set<String> reasons, byte[] body) {
        if (reasons.contains("quotaExceeded") || reasons.contains("dailyLimitExceeded")) {
            return quota.reached(" (YouTube answered quotaExceeded)");
        }
        if (reasons.contains("channelNotFound")) {
            return new AccountGone(AccountGone.Kind.NOT_FOUND, endpoint + ": the channel does not exist");
        }
        if (reasons.contains("channelSuspended")) {
            return new AccountGone(AccountGone.Kind.SUSPENDED, endpoint + ": the channel is suspended");
        }
        if (reasons.contains("channelClosed")) {
            return new AccountGone(AccountGone.Kind.DELETED, endpoint + ": the channel is closed");
        }
        String message = YouTubeJson.errorMessage(body);
        String text = endpoint + ": HTTP " + status + (reasons.isEmpty() ? "" : " " + String.join(", ", reasons))
                + (message == null ? "" : " (" + excerpt(message) + ")");
        if (!Collections.disjoint(reasons, SLOW_DOWN)) {
            text += "; YouTube kept asking to slow down, try again later";
        } else if (!Collections.disjoint(reasons, KEY_PROBLEMS) || (message != null && message.contains("API key"))) {
            text += "; check " + YouTubeConnector.KEY_SETTING + " and that the YouTube Data API v3 is enabled for it";
        }
        return new CollectFailure(scrub(text));
    }

    /** The failure without the key, should any lower layer have quoted the request. */
    private CollectFailure clean(CollectFailure failure) {
        String message = failure.getMessage();
        if (message == null || !message.contains(apiKey)) {
            return failure;
        }
        return failure instanceof AccountGone gone
                ? new AccountGone(gone.kind(), scrub(message))
                : new CollectFailure(scrub(message));
    }

    private String scrub(String text) {
        return text.replace(apiKey, "<key>").replace(encode(apiKey), "<key>");
    }

    private static String excerpt(String text) {
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) + "…" : stripped;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package fr.vigie.collect.meta;

import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.RefusedRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The Graph API shared by the Facebook and Instagram connectors: the token travels in the
 * {@code Authorization: Bearer} header (never in a URL, so never in a label, a message or a log);
 * each answer is archived as it arrives, with the token scrubbed should Meta echo it; refusals are
 * translated by {@link GraphErrors}; usage headers pause the collection ({@link AppUsage}).
 */
final class GraphApi {
    static final String TOKEN_SETTING = "VIGIE_META_ACCESS_TOKEN";
    static final String URL_SETTING = "VIGIE_META_URL";
    static final String DEFAULT_URL = "https://graph.facebook.com/v26.0";

    private final String baseUrl;
    private final @Nullable String token;
    private final HttpGetter http;
    private final HttpGetter.Sleeper sleeper;

    /** {@code sleeper} waits the pauses usage headers ask for (tests record them instead). */
    GraphApi(String baseUrl, @Nullable String token, HttpGetter http, HttpGetter.Sleeper sleeper) {
        String base = baseUrl.strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.http = http;
        this.sleeper = sleeper;
    }

    static GraphApi fromEnvironment(Map<String, String> env, HttpGetter http) {
        String url = env.get(URL_SETTING);
        return new GraphApi(
                url == null || url.isBlank() ? DEFAULT_URL : url, env.get(TOKEN_SETTING), http, Thread::sleep);
    }

    boolean hasToken() {
        return token != null;
    }

    /**
     * GETs {@code /path?query} (values encoded here, in the given order), hands the answer to
     * {@code archive} and returns it; throws {@link CollectFailure} or {@code AccountGone}.
     */
    RawResponse get(String path, Map<String, String> query, String endpoint, Consumer<RawResponse> archive) {
        if (token == null) {
            throw new CollectFailure(endpoint + ": the setting " + TOKEN_SETTING + " is missing");
        }
        StringJoiner parameters = new StringJoiner("&");
        query.forEach((name, value) -> parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        URI uri = URI.create(baseUrl + "/" + path + (query.isEmpty() ? "" : "?" + parameters));
        RawResponse answer;
        try {
            answer = http.get(uri, endpoint, Map.of("Authorization", "Bearer " + token), GraphErrors.THROTTLED);
        } catch (RefusedRequest refused) {
            throw GraphErrors.classify(endpoint, refused.status(), refused.body(), token);
        } catch (CollectFailure failure) {
            String message = String.valueOf(failure.getMessage());
            if (message.contains(token)) {
                throw new CollectFailure(Redaction.redact(message, token));
            }
            throw failure;
        }
        RawResponse archived = scrubbed(answer);
        archive.accept(archived);
        Duration pause = AppUsage.pause(
                answer.header("X-App-Usage"),
                answer.header("X-Page-Usage"),
                answer.header("X-Business-Use-Case-Usage"));
        if (!pause.isZero()) {
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CollectFailure(endpoint + ": interrupted while pausing for Meta's usage limits", e);
            }
        }
        return archived;
    }

    /** The answer, its body scrubbed of the token when it holds it (e.g. in a {@code paging.next} URL). */
    private RawResponse scrubbed(RawResponse answer) {
        String text = answer.text();
        if (token == null || !text.contains(token)) {
            return answer;
        }
        return new RawResponse(
                answer.endpoint(),
                answer.contentType(),
                Redaction.redact(text, token).getBytes(StandardCharsets.UTF_8),
                answer.fetchedAt(),
                answer.headers());
    }
}

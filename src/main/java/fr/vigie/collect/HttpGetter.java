package fr.vigie.collect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GETs a platform's public API politely: on 429 waits until {@code RateLimit-Reset} (epoch seconds,
 * Bluesky) or {@code X-RateLimit-Reset} (ISO-8601 timestamp, Mastodon), capped at
 * {@link #MAX_WAIT}; retries 5xx answers and timeouts up to {@link #RETRIES} times with a growing
 * pause, and turns any other refusal into a {@link CollectFailure}. The clock and the sleeper are
 * injected so that tests never sleep.
 */
public final class HttpGetter {
    static final int RETRIES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Waits a duration; the real one is {@code Thread::sleep}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public HttpGetter(HttpClient client, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A getter on the real network, clock and time. */
    public static HttpGetter system() {
        return new HttpGetter(
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build(),
                Clock.systemUTC(),
                Thread::sleep);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The 200 answer to a GET of {@code uri}, labelled with {@code endpoint} and the time it arrived. */
    public RawResponse get(URI uri, String endpoint) {
        return get(uri, endpoint, Map.of());
    }

    /**
     * As {@link #get(URI, String)} with extra request headers (e.g. {@code Authorization}); header
     * values and the URI's query (which may carry a key) never appear in a failure message: only the
     * {@code endpoint} label does.
     */
    public RawResponse get(URI uri, String endpoint, Map<String, String> requestHeaders) {
        return get(uri, endpoint, requestHeaders, Throttled.STATUS_429);
    }

    /**
     * Tells whether a refusal means "slow down" (waited for, then retried) rather than a failure.
     * HTTP 429 everywhere; some platforms signal it otherwise (Meta: error codes 4, 17, 32, 613 in a
     * 400/403 body; YouTube: 403 {@code rateLimitExceeded}).
     */
    @FunctionalInterface
    public interface Throttled {
        Throttled STATUS_429 = (status, body) -> status == 429;

        boolean test(int status, byte[] body);
    }

    /** As {@link #get(URI, String, Map)}, with the platform's own way of saying "slow down". */
    public RawResponse get(URI uri, String endpoint, Map<String, String> requestHeaders, Throttled throttled) {
        var builder = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("User-Agent", "vigie (observatory of French local authorities)");
        requestHeaders.forEach(builder::header);
        var request = builder.GET().build();
        int retries = 0;
        while (true) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                retries = retryOrFail(retries, endpoint + ": timed out after " + RETRIES + " retries");
                continue;
            } catch (IOException e) {
                throw new CollectFailure(endpoint + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CollectFailure(endpoint + ": interrupted", e);
            }
            int status = response.statusCode();
            if (status == 200) {
                String type = response.headers().firstValue("Content-Type").orElse(null);
                Map<String, String> headers = new HashMap<>();
                response.headers().map().forEach((name, values) -> {
                    if (!values.isEmpty()) {
                        headers.put(name.toLowerCase(Locale.ROOT), values.getFirst());
                    }
                });
                return new RawResponse(endpoint, type, response.body(), clock.instant(), headers);
            }
            if (throttled.test(status, response.body()) && retries < RETRIES) {
                retries++;
                pause(rateLimitWait(response));
            } else if (status >= 500) {
                retries = retryOrFail(retries, endpoint + ": HTTP " + status + " after " + RETRIES + " retries");
            } else {
                throw new RefusedRequest(
                        endpoint, status, new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private int retryOrFail(int retries, String reason) {
        if (retries >= RETRIES) {
            throw new CollectFailure(reason);
        }
        pause(Duration.ofSeconds(1L << retries));
        return retries + 1;
    }

    /**
     * The wait a throttled answer asks for: {@code RateLimit-Reset} (epoch seconds, Bluesky),
     * {@code x-rate-limit-reset} (epoch seconds, X), {@code X-RateLimit-Reset} (ISO-8601, Mastodon),
     * {@code Retry-After} (seconds), else 10 s.
     */
    private Duration rateLimitWait(HttpResponse<?> response) {
        var headers = response.headers();
        Duration wait = headers.firstValue("RateLimit-Reset")
                .or(() -> headers.firstValue("x-rate-limit-reset"))
                .flatMap(HttpGetter::epochSeconds)
                .or(() -> headers.firstValue("X-RateLimit-Reset").flatMap(HttpGetter::isoInstant))
                .map(reset -> Duration.between(clock.instant(), reset))
                .or(() -> headers.firstValue("Retry-After")
                        .map(String::strip)
                        .filter(v -> v.matches("\\d{1,6}"))
                        .map(v -> Duration.ofSeconds(Long.parseLong(v))))
                .orElse(Duration.ofSeconds(10));
        if (wait.isNegative() || wait.isZero()) {
            return Duration.ofSeconds(1);
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Optional<Instant> epochSeconds(String text) {
        String value = text.strip();
        return value.matches("\\d{1,12}")
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(value)))
                : Optional.empty();
    }

    private static Optional<Instant> isoInstant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an unreadable reset falls back to the default wait
        }
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectFailure("interrupted while waiting", e);
        }
    }
}

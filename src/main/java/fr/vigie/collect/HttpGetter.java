package fr.vigie.collect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * GETs a platform's public API politely, per platform host (the URI's host and port): a
 * {@link RatePacer} spaces the requests so that the budget every answer announces
 * ({@code RateLimit-*}, {@code X-RateLimit-*}, {@code x-rate-limit-*}: {@link RateSignal}) lasts
 * until its reset; a throttled answer (429, or the platform's own {@link Throttled} signal) is waited
 * for until its reset ({@code Retry-After}, else 10 s; at most {@link #MAX_WAIT}) and retried up to
 * {@link #RETRIES} times; timeouts, connection failures and 5xx are retried {@link #RETRIES} times
 * after a {@link Backoff} with full jitter; a {@link CircuitBreaker} stops asking a host that keeps
 * failing; the {@link RequestBudget} of the running collection counts every request. Any other
 * refusal is a {@link RefusedRequest}. Clock, sleeper and random source are injected so that tests
 * never sleep. Thread-safe: fetches of several accounts share one getter.
 */
public final class HttpGetter {
    static final int RETRIES = 3;
    static final Duration MAX_WAIT = RatePacer.MAX_WAIT;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofSeconds(10);

    /** Waits a duration; the real one is {@code Thread::sleep}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final Map<String, RatePacer> pacers = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public HttpGetter(HttpClient client, Clock clock, Sleeper sleeper) {
        this(client, clock, sleeper, new Random());
    }

    /** As the main constructor, with the random source of the retries' jitter. */
    public HttpGetter(HttpClient client, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = new Backoff(random);
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
        String platform = platform(uri);
        RatePacer pacer = pacers.computeIfAbsent(platform, key -> new RatePacer());
        CircuitBreaker breaker = breakers.computeIfAbsent(platform, CircuitBreaker::new);
        breaker.admit(clock.instant());
        int retries = 0;
        while (true) {
            RequestBudget.spendCurrent();
            Answer answer;
            try {
                answer = send(request, pacer, throttled);
            } catch (HttpTimeoutException e) {
                retries = retryOrFail(breaker, retries, endpoint + ": timed out after " + RETRIES + " retries");
                continue;
            } catch (IOException e) {
                retries = retryOrFail(
                        breaker, retries, endpoint + ": " + e.getMessage() + " (after " + RETRIES + " retries)");
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CollectFailure(endpoint + ": interrupted", e);
            }
            var response = answer.response();
            Map<String, String> headers = answer.headers();
            Instant now = answer.at();
            int status = response.statusCode();
            boolean slowDown = answer.slowDown();
            if (status == 200) {
                breaker.succeeded();
                String type = response.headers().firstValue("Content-Type").orElse(null);
                return new RawResponse(endpoint, type, response.body(), now, headers);
            }
            if (slowDown && retries < RETRIES) {
                retries++;
                pacer.throttled(now.plus(throttleWait(headers, now)), now);
            } else if (status >= 500) {
                retries =
                        retryOrFail(breaker, retries, endpoint + ": HTTP " + status + " after " + RETRIES + " retries");
            } else {
                breaker.succeeded(); // the platform answered: it is up, the request is what it refuses
                throw new RefusedRequest(endpoint, status, new String(response.body(), StandardCharsets.UTF_8));
            }
        }
    }

    /** An answer, its headers under lower-case names, when it came, and whether it says "slow down". */
    private record Answer(HttpResponse<byte[]> response, Map<String, String> headers, Instant at, boolean slowDown) {}

    /** Sends once, in the slot the pacer gives, and tells the pacer what the answer said. */
    private Answer send(HttpRequest request, RatePacer pacer, Throttled throttled)
            throws IOException, InterruptedException {
        Duration delay = pacer.reserve(clock.instant());
        RateSignal signal = null;
        try {
            if (delay.isPositive()) {
                sleeper.sleep(delay);
            }
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Instant at = clock.instant();
            Map<String, String> headers = lowerCase(response.headers());
            int status = response.statusCode();
            boolean slowDown = status != 200 && throttled.test(status, response.body());
            signal = RateSignal.read(headers, at, slowDown).orElse(null);
            return new Answer(response, headers, at, slowDown);
        } finally {
            pacer.answered(signal, clock.instant());
        }
    }

    /** The state of the circuit breaker of the platform serving {@code uri}. */
    public CircuitBreaker.State breakerState(URI uri) {
        CircuitBreaker breaker = breakers.get(platform(uri));
        return breaker == null ? CircuitBreaker.State.CLOSED : breaker.state(clock.instant());
    }

    /** The host and port of a URI: what rate limits and breakers are kept by (never its user info). */
    static String platform(URI uri) {
        return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    private int retryOrFail(CircuitBreaker breaker, int retries, String reason) {
        if (retries >= RETRIES) {
            breaker.failed(clock.instant());
            throw new CollectFailure(reason);
        }
        pause(backoff.delay(retries));
        return retries + 1;
    }

    /** The wait a throttled answer asks for, at least 1 s and at most {@link #MAX_WAIT}. */
    private static Duration throttleWait(Map<String, String> headers, Instant now) {
        Duration wait = RateSignal.retryAt(headers, now)
                .map(at -> Duration.between(now, at))
                .orElse(DEFAULT_THROTTLE_WAIT);
        if (wait.isNegative() || wait.isZero()) {
            return Duration.ofSeconds(1);
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> lower = new HashMap<>();
        headers.map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                lower.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        return lower;
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

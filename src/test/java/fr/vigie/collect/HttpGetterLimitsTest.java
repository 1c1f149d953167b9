package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpGetterLimitsTest {
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final HttpGetter http = new HttpGetter(
            HttpClient.newHttpClient(),
            clock,
            d -> {
                clock.sleeps.add(d);
                clock.now = clock.now.plus(d);
            },
            new SplittableRandom(1));
    private Platform platform;

    /** A local API answering scripted replies under /api/. */
    private static final class Platform extends ScriptedServer {
        Platform() throws IOException {
            super("/api/");
        }

        Platform then(int times, Reply reply) {
            for (int i = 0; i < times; i++) {
                queue(reply);
            }
            return this;
        }

        URI uri() {
            return URI.create(url() + "/api/items?key=secret");
        }
    }

    @BeforeEach
    void start() throws IOException {
        platform = new Platform();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private static ScriptedServer.Reply ok(Map<String, String> headers) {
        return new ScriptedServer.Reply(200, headers, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void spacesRequestsSoThatTheAnnouncedBudgetLastsUntilTheReset() {
        String reset = Long.toString(clock.now.getEpochSecond() + 20);
        platform.then(1, ok(Map.of("RateLimit-Limit", "10", "RateLimit-Remaining", "2", "RateLimit-Reset", reset)))
                .then(2, ok(Map.of()));

        http.get(platform.uri(), "items");
        http.get(platform.uri(), "items");
        http.get(platform.uri(), "items");

        // two left for 20 s: the first at once, the next 10 s later
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(10));
        assertThat(platform.requests()).hasSize(3);
    }

    @Test
    void opensTheBreakerAfterFiveFailedRequestsAndThenFailsWithoutAsking() {
        platform.then(5 * 4, ScriptedServer.Reply.status(503, Map.of(), "{}"));
        for (int i = 0; i < CircuitBreaker.THRESHOLD; i++) {
            assertThatThrownBy(() -> http.get(platform.uri(), "items")).hasMessageContaining("HTTP 503");
        }

        assertThatThrownBy(() -> http.get(platform.uri(), "items"))
                .isInstanceOf(CollectFailure.class)
                .hasMessageContaining("is unavailable until 2026-11-01T")
                .hasMessageNotContaining("secret");
        assertThat(platform.requests()).hasSize(5 * 4);
        assertThat(http.breakerState(platform.uri())).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void retriesAConnectionFailureWithJitteredPausesThenFails() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + closedPort + "/api/items");

        assertThatThrownBy(() -> http.get(nobody, "items"))
                .isInstanceOf(CollectFailure.class)
                .hasMessageStartingWith("items: ");
        assertThat(clock.sleeps).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(clock.sleeps.get(i)).isBetween(Duration.ZERO, Duration.ofSeconds(1L << i));
        }
    }

    @Test
    void refusesRequestsBeyondTheBudgetBoundToTheFetch() {
        platform.then(3, ok(Map.of()));
        var budget = new RequestBudget("bluesky", 2L);

        ScopedValue.where(RequestBudget.CURRENT, budget).run(() -> {
            http.get(platform.uri(), "items");
            http.get(platform.uri(), "items");
            assertThatThrownBy(() -> http.get(platform.uri(), "items"))
                    .isInstanceOf(CollectFailure.class)
                    .hasMessage(
                            "request budget of 2 reached for bluesky in this run (setting VIGIE_BLUESKY_MAX_REQUESTS)");
        });
        assertThat(platform.requests()).hasSize(2);
        assertThat(budget.spent()).isEqualTo(2);
    }

    @Test
    void aThrottledAnswerHoldsTheNextRequestsOfThatPlatformUntilItsReset() {
        String reset = clock.now.plusSeconds(40).toString();
        platform.then(
                        1,
                        ScriptedServer.Reply.status(
                                429,
                                Map.of(
                                        "X-RateLimit-Limit",
                                        "300",
                                        "X-RateLimit-Remaining",
                                        "0",
                                        "X-RateLimit-Reset",
                                        reset),
                                "{\"error\":\"Too many requests\"}"))
                .then(2, ok(Map.of()));

        http.get(platform.uri(), "items");
        http.get(platform.uri(), "items");

        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(40));
    }
}

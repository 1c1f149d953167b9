package fr.vigie.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Bluesky AppView for benchmarks, answering any actor: {@code getProfile}, and
 * {@code getAuthorFeed} in two pages of five own posts. With a limit, it ENFORCES a rate limit as
 * Bluesky does: fixed windows of {@code window} seconds (aligned on the epoch, so the reset in epoch
 * seconds is exact), {@code limit} requests each; every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset} (epoch seconds) and {@code RateLimit-Policy},
 * and a request beyond the limit gets 429. Counts what it served, what it refused, and the most
 * requests it handled at once.
 */
final class LocalBluesky implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final int limit;
    private final long windowMillis;
    private final Clock clock = Clock.systemUTC();
    private long windowIndex = -1;
    private int windowCount;
    final AtomicLong served = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();

    /** A server allowing {@code limit} requests per {@code windowSeconds}; a limit of 0 is none. */
    LocalBluesky(int limit, int windowSeconds) throws IOException {
        this.limit = limit;
        this.windowMillis = windowSeconds * 1000L;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(handlers);
        server.createContext("/xrpc/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long windowMillis() {
        return windowMillis;
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            if (limit > 0 && !admit(exchange)) {
                refused.incrementAndGet();
                send(exchange, 429, "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}");
                return;
            }
            served.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String actor = URLDecoder.decode(parameter(query, "actor"), StandardCharsets.UTF_8);
            if (path.endsWith("app.bsky.actor.getProfile")) {
                send(exchange, 200, profile(actor));
            } else {
                send(exchange, 200, feed(actor, parameter(query, "cursor").isEmpty()));
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Counts the request in its window and sets the rate-limit headers; false when over the limit. */
    private boolean admit(HttpExchange exchange) {
        long now = clock.millis();
        int remaining;
        long index;
        synchronized (this) {
            index = now / windowMillis;
            if (index != windowIndex) {
                windowIndex = index;
                windowCount = 0;
            }
            windowCount++;
            remaining = limit - windowCount;
        }
        var headers = exchange.getResponseHeaders();
        headers.add("RateLimit-Limit", Integer.toString(limit));
        headers.add("RateLimit-Remaining", Integer.toString(Math.max(0, remaining)));
        headers.add("RateLimit-Reset", Long.toString((index + 1) * windowMillis / 1000));
        headers.add("RateLimit-Policy", limit + ";w=" + windowMillis / 1000);
        return remaining >= 0;
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static String did(String actor) {
        return "did:plc:" + actor.replaceAll("[^a-z0-9]", "");
    }

    private static String profile(String actor) {
        return "{\"did\":\"" + did(actor) + "\",\"handle\":\"" + actor + "\",\"displayName\":\"Bench " + actor
                + "\",\"followersCount\":1200,\"followsCount\":80,\"postsCount\":10}";
    }

    private static String feed(String actor, boolean firstPage) {
        var json = new StringBuilder(firstPage ? "{\"cursor\":\"2026-10-15T00:00:00.000Z\",\"feed\":[" : "{\"feed\":[");
        for (int i = 0; i < 5; i++) {
            int day = firstPage ? 25 - i : 15 - i;
            String rkey = "3kpost" + (firstPage ? "a" : "b") + i;
            json.append(i == 0 ? "" : ",")
                    .append("{\"post\":{\"uri\":\"at://")
                    .append(did(actor))
                    .append("/app.bsky.feed.post/")
                    .append(rkey)
                    .append("\",\"cid\":\"bafy")
                    .append(rkey)
                    .append("\",\"author\":{\"did\":\"")
                    .append(did(actor))
                    .append("\",\"handle\":\"")
                    .append(actor)
                    .append("\"},\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"Conseil municipal #ville\",")
                    .append("\"createdAt\":\"2026-10-")
                    .append(day)
                    .append("T09:00:00.000Z\"},\"replyCount\":1,\"repostCount\":2,\"likeCount\":30,\"quoteCount\":0,")
                    .append("\"indexedAt\":\"2026-10-")
                    .append(day)
                    .append("T09:00:01.000Z\"}}");
        }
        return json.append("]}").toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}

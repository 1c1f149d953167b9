package fr.vigie.collect.bluesky;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A local Bluesky AppView answering scripted replies in order, and recording what was asked. */
public final class FakeBluesky implements AutoCloseable {
    /** One scripted answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        /** A 200 answer with a fixture of src/test/resources/collect/bluesky/. */
        public static Reply fixture(String name) {
            try (InputStream in = FakeBluesky.class.getResourceAsStream("/collect/bluesky/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + name);
                }
                return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, ("{\"error\":\"E" + status + "\",\"message\":\"scripted\"}").getBytes());
        }
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();

    public FakeBluesky() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/xrpc/", exchange -> {
            Reply reply;
            synchronized (this) {
                requests.add(exchange.getRequestURI().toString());
                reply = replies.isEmpty() ? Reply.status(404, Map.of()) : replies.removeFirst();
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            exchange.getResponseBody().write(reply.body());
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized FakeBluesky then(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    /** The profile and the two pages of the feed. */
    public FakeBluesky wholeFeed() {
        return then(
                Reply.fixture("profile.json"), Reply.fixture("feed-page-1.json"), Reply.fixture("feed-page-2.json"));
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

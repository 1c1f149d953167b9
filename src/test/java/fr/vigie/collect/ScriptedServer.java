package fr.vigie.collect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local platform API on 127.0.0.1 answering scripted replies in order (404 once they run out) and
 * recording what was asked: the real HTTP protocol, with payloads that follow the platform's schema.
 */
public class ScriptedServer implements AutoCloseable {
    /** One scripted answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        /** A 200 JSON answer with a test resource (e.g. /collect/bluesky/profile.json) and extra headers. */
        public static Reply fixture(String resource, Map<String, String> headers) {
            try (InputStream in = ScriptedServer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + resource);
                }
                Map<String, String> all = new HashMap<>(headers);
                all.put("Content-Type", "application/json; charset=utf-8");
                return new Reply(200, all, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** An answer with a status, headers and a small JSON error body. */
        public static Reply status(int status, Map<String, String> headers, String errorJson) {
            return new Reply(status, headers, errorJson.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private final List<Map<String, String>> requestHeaders = new ArrayList<>();

    /** Starts the server, answering requests under {@code contextPath} (e.g. "/xrpc/"). */
    protected ScriptedServer(String contextPath) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(contextPath, exchange -> {
            Reply reply;
            synchronized (this) {
                requests.add(exchange.getRequestURI().toString());
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders()
                        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
                requestHeaders.add(headers);
                reply = replies.isEmpty()
                        ? Reply.status(404, Map.of(), "{\"error\":\"NotFound\"}")
                        : replies.removeFirst();
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

    /** Queues the next answers. */
    protected synchronized void queue(Reply... next) {
        replies.addAll(List.of(next));
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** The headers of each request (first value, lower-case names), in order. */
    public synchronized List<Map<String, String>> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

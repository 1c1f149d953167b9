package fr.vigie.collect.mastodon;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A local Mastodon instance answering scripted replies in order, and recording what was asked. */
public final class FakeMastodon implements AutoCloseable {
    /** The Link header of the first statuses page: its next page starts below status 113300000000000077. */
    public static final String LINK_TO_PAGE_2 =
            "<https://social.marseille.fr/api/v1/accounts/109302436954721982/statuses?limit=40&exclude_reblogs=true"
                    + "&max_id=113300000000000077>; rel=\"next\", <https://social.marseille.fr/api/v1/accounts/"
                    + "109302436954721982/statuses?limit=40&exclude_reblogs=true&min_id=113400000000000999>; rel=\"prev\"";

    /** One scripted answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        /** A 200 answer with a fixture of src/test/resources/collect/mastodon/ and extra headers. */
        public static Reply fixture(String name, Map<String, String> headers) {
            try (InputStream in = FakeMastodon.class.getResourceAsStream("/collect/mastodon/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + name);
                }
                Map<String, String> all = new HashMap<>(headers);
                all.put("Content-Type", "application/json; charset=utf-8");
                return new Reply(200, all, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Reply fixture(String name) {
            return fixture(name, Map.of());
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, "{\"error\":\"Too many requests\"}".getBytes());
        }
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();

    public FakeMastodon() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
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

    public synchronized FakeMastodon then(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    /** The account lookup and two pages of statuses linked by a Link header. */
    public FakeMastodon wholeTimeline() {
        return then(
                Reply.fixture("account.json"),
                Reply.fixture("statuses-page-1.json", Map.of("Link", LINK_TO_PAGE_2)),
                Reply.fixture(
                        "statuses-page-2.json",
                        Map.of(
                                "Link",
                                "<https://social.marseille.fr/api/v1/accounts/109302436954721982/statuses"
                                        + "?min_id=113200000000000001>; rel=\"prev\"")));
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

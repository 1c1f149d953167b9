package fr.vigie.web.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A few fixed files served on 127.0.0.1 under {@code Content-Security-Policy: default-src 'self'},
 * so the harness can be proven on pages whose faults are known in advance. Unknown paths answer 404.
 */
final class StaticSite implements AutoCloseable {
    record File(String contentType, String body) {}

    private final HttpServer server;

    StaticSite(Map<String, File> files) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                var file = files.get(exchange.getRequestURI().getPath());
                byte[] body = file == null ? new byte[0] : file.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
                if (file != null) {
                    exchange.getResponseHeaders().set("Content-Type", file.contentType());
                }
                exchange.sendResponseHeaders(file == null ? 404 : 200, file == null ? -1 : body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package fr.vigie.web;

import fr.vigie.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;

/**
 * A site served on a free local port over a store, with a plain HTTP client (no cookies kept, no
 * redirects followed) for the route tests. Closing it stops the server and closes the context and the
 * store it was given.
 */
public class RouteClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Store store;
    private final WebContext context;
    private final WebServer server;

    /** Serves the features made for the context, or the whole site when features is null. */
    protected RouteClient(Store store, Function<WebContext, List<WebRoutes>> features) {
        this.store = store;
        context = WebContext.over(store);
        server = WebServer.start(
                context, features == null ? Site.features(context) : features.apply(context), "127.0.0.1", 0);
    }

    /** The whole site over the store. */
    public static RouteClient site(Store store) {
        return new RouteClient(store, null);
    }

    /** Only the given features over the store, e.g. the API without the pages. */
    public static RouteClient features(Store store, Function<WebContext, List<WebRoutes>> features) {
        return new RouteClient(store, features);
    }

    /** The whole site's features with the one of the replacement's class replaced, e.g. by one with a cheap password hasher. */
    protected static List<WebRoutes> replaced(WebContext context, WebRoutes replacement) {
        return Site.features(context).stream()
                .map(feature -> feature.getClass() == replacement.getClass() ? replacement : feature)
                .toList();
    }

    public WebContext context() {
        return context;
    }

    /** The address of a path of the site, e.g. /recherche?q=digne. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** GETs a path with these header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    /** Sends a request without body, e.g. an OPTIONS preflight, with these header name/value pairs. */
    public HttpResponse<String> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        context.close();
        store.close();
    }
}

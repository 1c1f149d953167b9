package fr.vigie.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Vigie's web site (Javalin on virtual threads): the pages and API of every feature of {@link Site},
 * the assets of src/main/resources/public and the front-end packages under /static, security headers
 * on every answer, errors without stack traces. Listens on loopback unless told otherwise.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts the site on host:port (port 0 picks a free one). */
    public static WebServer start(WebContext context, String host, int port) {
        return start(context, Site.features(context), host, port);
    }

    static WebServer start(WebContext context, List<WebRoutes> features, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(SecurityHeaders::add);
            new ErrorPages(context).register(config.routes);
            features.forEach(feature -> feature.register(config.routes));
        });
        app.start(host, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    /** The address of the home page, e.g. http://127.0.0.1:8080/. */
    public URI uri(String host) {
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }
}

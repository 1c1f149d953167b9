package fr.vigie.web;

import java.util.List;

/** Starts a site with only the given features, for the route tests of other packages. */
public final class SingleFeatureServer {
    private SingleFeatureServer() {}

    public static WebServer start(WebContext context, List<WebRoutes> features) {
        return WebServer.start(context, features, "127.0.0.1", 0);
    }
}

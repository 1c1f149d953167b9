package fr.vigie.web;

import java.util.List;

/** Starts the whole site with one feature replaced, e.g. the member space with a cheap password hasher. */
public final class SiteServers {
    private SiteServers() {}

    public static WebServer startWith(WebContext context, WebRoutes replacement) {
        List<WebRoutes> features = Site.features(context).stream()
                .map(feature -> feature.getClass() == replacement.getClass() ? replacement : feature)
                .toList();
        return WebServer.start(context, features, "127.0.0.1", 0);
    }
}

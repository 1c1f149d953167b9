package fr.vigie.web;

import io.javalin.config.RoutesConfig;

/** The routes of one feature of the site (home, palmarès, territory, member space, API…). */
public interface WebRoutes {
    /** Adds the feature's routes; called once, before the server starts. */
    void register(RoutesConfig routes);
}
